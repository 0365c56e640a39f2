/** The type of a translation table with exactly the keys of the Chinese one, every leaf a string. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
