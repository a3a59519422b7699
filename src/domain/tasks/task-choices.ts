import { defineChoice, oneOf, recordId, recordIdOr } from '../turn/choices.js';

/** The mentor's answers to a task shown done, and the cancel button of their /tasks. */
export const taskReviewChoice = defineChoice('task', { action: oneOf('approve', 'redo', 'cancel'), taskId: recordId });
/** Which client a mentor's /task is for, when no client was meant. */
export const taskForChoice = defineChoice('taskfor', { clientId: recordId });
/** The due-date buttons while a mentor sets a task. */
export const taskDueChoice = defineChoice('taskdue', { when: oneOf('today', 'tomorrow', 'none') });
/** "No worksheet" while a mentor sets a task. */
export const noWorksheetChoice = defineChoice('taskws', { answer: oneOf('none') });

/** Which of the client's open tasks a held photo shows, or none. */
export const evidenceChoice = defineChoice('evidence', { taskId: recordIdOr('none') });
/** The client's "done" button in their /tasks. */
export const taskDoneChoice = defineChoice('done', { taskId: recordId });
/** "Done without photo", after the client pressed "done". */
export const doneWithoutPhotoChoice = defineChoice('nophoto', { taskId: recordId });
