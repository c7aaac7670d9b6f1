/** The files the import's file dialog offers. */
export const IMPORT_FILE_FILTERS = [{ name: '表格文件', extensions: ['xlsx', 'xls', 'csv', 'txt', 'tsv', 'json', 'ndjson', 'jsonl'] }];
