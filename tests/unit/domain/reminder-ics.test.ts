import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { reminderIcs } from '@/domain/reminder-ics';

describe('the daily reminder calendar file', () => {
  const text = reminderIcs({
    hour: 20,
    minute: 30,
    appUrl: 'http://localhost:4173/',
    start: new Date(2026, 10, 25),
    uid: 'small-wins-daily-reminder@localhost',
    now: new Date(Date.UTC(2026, 10, 25, 12)),
  });

  it('parses as a calendar with one event that links back to the app', () => {
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.summary).toBe('Small Wins: one small thing from today');
    expect(event.description).toContain('http://localhost:4173/');
    expect(event.startDate.toString()).toBe('2026-11-25T20:30:00');
  });

  it('recurs every day at the chosen time', () => {
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.isRecurring()).toBe(true);
    const next = event.iterator();
    const days = [next.next(), next.next(), next.next()].map((time) => time.toString());
    expect(days).toEqual(['2026-11-25T20:30:00', '2026-11-26T20:30:00', '2026-11-27T20:30:00']);
  });

  it('uses CRLF line endings, as calendars expect', () => {
    expect(text.split('\r\n').length).toBeGreaterThan(10);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
