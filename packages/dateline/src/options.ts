/** The values the `order` option of findDates and parseStamp accepts, for validation. */
export const DATE_ORDERS = ['MDY', 'DMY', 'YMD'] as const;
