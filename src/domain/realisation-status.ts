// The workflow status of a realisation and which statuses the unit may still edit: zod-free, so
// permission rules used on the client's first render do not pull in the schemas.

export const realisationStatuses = ['draft', 'submitted', 'verified', 'returned'] as const;
export type RealisationStatus = (typeof realisationStatuses)[number];

/** Statuses in which the unit may still edit the entry. */
export const editableStatuses: readonly RealisationStatus[] = ['draft', 'returned'];
