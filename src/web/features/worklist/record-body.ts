/**
 * The record form's values as the API takes them (POST /followup-records), and the way back from the server's
 * field names to the form's fields. Pure: the form page uses it, the tests check it.
 */
import type { Dayjs } from 'dayjs';
import type { RecordBody, TaskCard } from '../../api/types.ts';
import { fieldPath } from '../../app/forms.ts';
import { fromWallClock } from '../../app/zone.ts';

/** The contact choice for someone not on file, whose name is typed. */
export const OTHER = -1;

export interface RecordValues {
  method: RecordBody['method'];
  contactedAt: Dayjs;
  durationMinutes?: number;
  contactId?: number;
  contactName?: string;
  purpose?: string;
  serviceSatisfaction?: number;
  productSatisfaction?: number;
  answers?: { answer?: string | number }[];
  opinions?: string;
  countermeasures?: string;
  keyPoints?: string;
  content?: string;
  result?: string;
  actionItems?: { text?: string; dueOn?: Dayjs }[];
  promisedReplyAt?: Dayjs;
  nextFollowupOn?: Dayjs;
  nextFollowupContent?: string;
  complaint?: boolean;
  signature?: string;
}

const text = (value?: string) => value?.trim() || undefined;

/** The questions answered, as the API takes them, each with the number of its field in the form. */
function answersOf(card: TaskCard, v: RecordValues) {
  return card.questionnaire
    .map((q, i) => {
      const raw = v.answers?.[i]?.answer;
      // A rating is kept as "4/5", readable wherever the answer is shown.
      const answer = q.kind === 'rating' ? (raw ? `${raw}/5` : '') : String(raw ?? '').trim();
      return { question: q.question, answer, field: i };
    })
    .filter((a) => a.answer !== '');
}

/**
 * Where the form shows a field the server names: unanswered questions are not sent, so the server's answer
 * number is not always the form's.
 */
export function formFieldOf(card: TaskCard, v: RecordValues) {
  const answered = answersOf(card, v);
  return (field: string) => {
    const path = fieldPath(field);
    if (path[0] === 'answers' && typeof path[1] === 'number') {
      return ['answers', answered[path[1]]?.field ?? path[1], ...path.slice(2)];
    }
    return path;
  };
}

/** What the form holds, as the API takes it (times from the company's wall clock). */
export function toBody(card: TaskCard, v: RecordValues, zone: string): RecordBody {
  const answers = answersOf(card, v).map(({ question, answer }) => ({ question, answer }));
  return {
    taskId: card.id,
    method: v.method,
    contactedAt: fromWallClock(v.contactedAt, zone),
    durationMinutes: v.durationMinutes ?? undefined,
    contactId: v.contactId !== undefined && v.contactId !== OTHER ? v.contactId : undefined,
    contactName: v.contactId === OTHER || card.contacts.length === 0 ? text(v.contactName) : undefined,
    purpose: text(v.purpose),
    serviceSatisfaction: v.serviceSatisfaction,
    productSatisfaction: v.productSatisfaction,
    answers: answers.length > 0 ? answers : undefined,
    opinions: text(v.opinions),
    countermeasures: text(v.countermeasures),
    keyPoints: text(v.keyPoints),
    content: text(v.content),
    result: text(v.result),
    actionItems: (v.actionItems ?? [])
      .filter((a) => text(a.text))
      .map((a) => ({ text: (a.text ?? '').trim(), dueOn: a.dueOn?.format('YYYY-MM-DD') })),
    promisedReplyAt: v.promisedReplyAt ? fromWallClock(v.promisedReplyAt, zone) : undefined,
    nextFollowupOn: v.nextFollowupOn?.format('YYYY-MM-DD'),
    nextFollowupContent: text(v.nextFollowupContent),
    complaint: v.complaint || undefined,
    signature: v.method === 'onsite' ? v.signature : undefined,
  };
}
