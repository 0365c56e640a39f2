/**
 * English singulars for strings counted with {{count}}: i18next picks `key_one` for a count of 1
 * and falls back to `key` ("{{count}} projects") otherwise, so "1 project", never "1 projects".
 * Kept here, one table per namespace, merged into each namespace's bundle (index.ts); Chinese has
 * no plural forms and keeps its one string.
 */
export const PLURALS_EN: Record<string, Record<string, unknown>> = {
  translation: {
    app: { projectCount_one: '1 project' },
    register: { count_one: '1 project', totalCount_one: '1 project' },
  },
  gantt: {
    count_one: '1 project',
    png: { countPart_one: '1 project' },
  },
  import: {
    read: { dataRows_one: '1 project row', skipped_one: '1 row recognised and skipped (a total, subtotal or note)' },
    preview: {
      totalUnknown_one: '1 row without a total investment (stored as not given, not in the sum)',
      omitted_one: '1 more row not listed (no issues, no changes)',
      skipRejected_one: 'Skip the rejected row and import the rest',
      blocked_one: '1 row is rejected: fix the file and choose it again, or tick "skip rejected rows".',
      committing_one: 'Writing 1 row… (all or nothing)',
    },
  },
  monthly: {
    close: {
      closed_one: 'Closed {{label}}: 1 project as of {{asOf}}.',
      confirmBody_one: '{{label}} was closed on {{at}} by {{actor}} (1 project). Closing it again replaces its frozen figures with today\'s data; the old ones are not kept. The re-closing is recorded in the history.',
    },
    rounds: {
      downloadAll_one: 'Download the template (1 file)',
      sentTimes_one: ' (once)',
      review: { queue_one: ' (1 more file to go)' },
    },
  },
  problems: { list: { count_one: '1 problem' } },
  bulkTemplate: {
    offer_one: 'Schedule 1 new project from a template',
    title_one: 'Schedule from a template (1 project)',
    applied_one: 'Scheduled 1 project',
  },
  project: { nodes: { templateWarn_one: 'Replaces the current node; actual dates, percent and notes of a node with the same name are kept.' } },
  excel: {
    copied_one: 'Copied 1 cell, ready to paste into Excel/WPS',
    pasted_one: 'Pasted 1 cell',
    refusedTitle_one: '1 cell not pasted',
    whatPaste_one: 'paste (1 cell)',
    whatBulk_one: 'bulk set (1 field)',
  },
  registerLayout: {
    group: { count_one: '1 project' },
    filter: { countTitle_one: '1 project under the other filters' },
    print: { meta_one: '1 project · amounts in {{unit}} · printed {{date}}' },
  },
  workbench: {
    group: { count_one: '1 project' },
    slice: { idsCount_one: '1 project' },
    selection: { archived_one: 'Archived 1 project', restored_one: 'Restored 1 project' },
    bulk: { title_one: 'Set for 1 project', done_one: 'Updated 1 project' },
  },
  reports: {
    exported_one: 'Built "{{file}}" with 1 project.',
    csvExported_one: 'Exported "{{file}}", 1 row.',
    reportMenu: { heading_one: 'The 1 project shown, to this month, in {{unit}}' },
  },
  rollups: {
    unknown: {
      chart_one: '1 project without total investment is not in the chart amounts',
      monthlyPlan_one: 'annual plan leaves out 1 project without one',
    },
  },
  settings: {
    data: {
      facts_one: 'Schema {{version}} · 1 project ({{archived}} archived)',
      restored_one: 'Restored: 1 project. The previous database was kept as {{previous}}',
    },
  },
};
