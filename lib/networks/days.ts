/** Weekday sets the networks' default audience hours use (0 = Sunday … 6 = Saturday). */
export const WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];
export const EVERY_DAY: readonly number[] = [0, 1, 2, 3, 4, 5, 6];
