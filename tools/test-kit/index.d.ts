/**
 * Runs `call` and returns the error it threw, failing the test when it threw anything but an
 * instance of `errorClass` or returned.
 */
export declare function thrown<E extends Error>(errorClass: abstract new (...args: never[]) => E, call: () => unknown): E;

/** Milliseconds of CPU this process spent on `run` (garbage collection included), not wall time. */
export declare function cpuMs(run: () => unknown): number;
