import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseReminderTime, reminderIcs } from '@/domain/reminder-ics';

/** The file's one event, as a calendar app would read it. */
function eventIn(ics: string) {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent');
}

/** A reminder file as the app saves one here, with `changes` made. */
function reminderWith(changes: Partial<Parameters<typeof reminderIcs>[0]> = {}): string {
  return reminderIcs({
    hour: 20,
    minute: 30,
    appUrl: 'http://localhost:4173/',
    start: new Date(2026, 10, 25),
    uid: 'small-wins-daily-reminder@localhost',
    now: new Date(Date.UTC(2026, 10, 25, 12)),
    ...changes,
  });
}

describe('the daily reminder calendar file', () => {
  const text = reminderWith();

  it('parses as a calendar with one event that links back to the app', () => {
    const event = new ICAL.Event(eventIn(text) ?? undefined);
    expect(event.summary).toBe('Small Wins: one small thing from today');
    expect(event.description).toContain('http://localhost:4173/');
    expect(event.startDate.toString()).toBe('2026-11-25T20:30:00');
  });

  it('recurs every day at the chosen time', () => {
    const event = new ICAL.Event(eventIn(text) ?? undefined);
    expect(event.isRecurring()).toBe(true);
    const next = event.iterator();
    const days = [next.next(), next.next(), next.next()].map((time) => time.toString());
    expect(days).toEqual(['2026-11-25T20:30:00', '2026-11-26T20:30:00', '2026-11-27T20:30:00']);
  });

  it('saved again later, is the same event with a higher sequence, so the calendar takes the new time', () => {
    const later = reminderWith({ hour: 21, minute: 0, start: new Date(2026, 10, 27), now: new Date(Date.UTC(2026, 10, 27, 9)) });
    const event = (ics: string) => new ICAL.Event(eventIn(ics) ?? undefined);
    expect(event(later).uid).toBe(event(text).uid);
    expect(event(later).sequence).toBeGreaterThan(event(text).sequence);
    expect(event(later).startDate.toString()).toBe('2026-11-27T21:00:00');
  });

  it('uses CRLF line endings, as calendars expect', () => {
    expect(text.split('\r\n').length).toBeGreaterThan(10);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('links back to the app in its URL property, so a tap on the event opens Small Wins', () => {
    const event = eventIn(text);
    expect(event?.getFirstPropertyValue('url')).toBe('http://localhost:4173/');
  });

  it('folds lines longer than 75 octets, counting bytes, and they unfold whole', () => {
    const appUrl = 'https://example.org/kleine-schritte/über-grün-über-grün-über-grün-über-grün/';
    const long = reminderIcs({ hour: 7, minute: 5, appUrl, start: new Date(2026, 0, 5), uid: 'x@example.org', now: new Date(0) });
    const lines = long.split('\r\n').filter(Boolean);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(1);
    const event = eventIn(long);
    expect(event?.getFirstPropertyValue('url')).toBe(appUrl);
    expect(event?.getFirstPropertyValue('description')).toBe(`A gentle moment to write down a small win. Open Small Wins: ${appUrl}`);
  });
});

describe('the reminder time field', () => {
  it('gives hour and minute for a time, and nothing for an empty field', () => {
    expect(parseReminderTime('07:05')).toEqual({ hour: 7, minute: 5 });
    expect(parseReminderTime('21:15:30')).toEqual({ hour: 21, minute: 15 });
    expect(parseReminderTime('')).toBeNull();
    expect(parseReminderTime('25:00')).toBeNull();
  });
});
