export { queueMail, type QueueMailInput } from "./queue-mail";
export { escapeHtml, notificationMail, passwordResetMail, verifyEmailMail, type MailContent } from "./templates";
export { listOutbox, type OutboxEntry } from "./outbox";
