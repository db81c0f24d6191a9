/** An ISO 8601 date (YYYY-MM-DD) or date-time, with an optional offset: the payload's and the attributes' date form. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
