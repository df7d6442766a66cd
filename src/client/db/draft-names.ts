// The name of a user's drafts database (form-drafts.ts), apart so that data-changes.ts, in the first
// load, can tell its writes apart without loading the drafts code.
export const draftDatabasePrefix = 'pantau-kinerja-drafts-';
