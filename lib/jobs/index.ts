export { configureJobRunner, drainJobs, sendEvent, type SendEventOptions } from "./send-event";
export { recordDeadLetter, deadLetterFromFailure, type DeadLetterInput } from "./dead-letters";
export { runFunction, exponentialBackoffMs, type JobEvent, type RunnerOptions, type RunOutcome } from "./runner";
