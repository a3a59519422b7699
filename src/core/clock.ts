/** Where the current time comes from: the system clock in the service, a chosen instant in tests. */
export type Clock = () => Date;
