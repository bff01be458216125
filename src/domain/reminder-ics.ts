import { lightFormat } from 'date-fns';

const utf8 = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets, as RFC 5545 asks: counted in
 * UTF-8 bytes, not characters, and never inside a character. Each continuation starts with a space.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** A time field's "HH:MM" as hour and minute; null while the field is empty or holds no whole time. */
export function parseReminderTime(value: string): { hour: number; minute: number } | null {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}

export interface ReminderOptions {
  /** 0–23 and 0–59, in the person's own time (a floating time, so it follows them across time zones). */
  hour: number;
  minute: number;
  /** Where the reminder links back to: the app's own address. */
  appUrl: string;
  /** The first day, usually today. */
  start: Date;
  /** A stable id, so adding the file twice updates the one event. */
  uid: string;
  now: Date;
}

const REVISIONS_FROM = Date.UTC(2026, 0, 1);

function revisionAt(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - REVISIONS_FROM) / 60_000));
}

/** A daily calendar event the person adds to their own calendar: the one reminder a web app can promise. */
export function reminderIcs({ hour, minute, appUrl, start, uid, now }: ReminderOptions): string {
  const time = `${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')}00`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Small Wins//Daily reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    // A calendar takes a file for an event it holds as a change only when SEQUENCE has grown:
    // minutes since 2026 grow with every file saved, and fit RFC 5545's 32-bit integer for ages.
    `SEQUENCE:${revisionAt(now)}`,
    `DTSTAMP:${now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`,
    `DTSTART:${lightFormat(start, 'yyyyMMdd')}T${time}`,
    'DURATION:PT5M',
    'RRULE:FREQ=DAILY',
    `SUMMARY:${escapeText('Small Wins: one small thing from today')}`,
    `DESCRIPTION:${escapeText(`A gentle moment to write down a small win. Open Small Wins: ${appUrl}`)}`,
    `URL:${appUrl}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText('A small win from today?')}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
