import type { ListItem, ListRow } from './custom-list';

export const promptThemes = {
  pride: 'Pride',
  values: 'Values',
  kindness: 'Self-kindness',
  challenge: 'A challenge you navigated',
  pause: 'A mindful pause',
  connection: 'Connection',
  body: 'Body and care',
  savouring: 'Surprise and savouring',
  own: 'Your own',
} as const;

export type PromptTheme = keyof typeof promptThemes;

export interface Prompt extends ListItem {
  theme: PromptTheme;
}

export type PromptRow = ListRow<Prompt>;

const library: Record<Exclude<PromptTheme, 'own'>, string[]> = {
  pride: [
    'What is one thing you did today that you are quietly proud of, however small?',
    'When did you keep going today even though part of you wanted to stop?',
    'What did you finish, or start, that has been waiting a while?',
    'What would you point out to a friend if they had done what you did today?',
    'Where did you do something a little braver than usual?',
    'What did you handle today that would have felt impossible a while ago?',
  ],
  values: [
    'When did you act on something that matters to you today?',
    'What did you choose today that the person you want to be would choose too?',
    'Where did you stay honest today, with someone else or with yourself?',
    'What small thing did you do today for the life you are building?',
    'When did you say yes to what matters, or no to what does not?',
  ],
  kindness: [
    'How were you kind to yourself today?',
    'When did you talk to yourself the way you would talk to someone you love?',
    'What did you let be good enough today?',
    'Where did you forgive yourself for something small?',
    'What did you give yourself today that you needed: rest, space, a treat?',
  ],
  challenge: [
    'What was hard today, and what did you do anyway?',
    'Which feeling did you sit with today instead of running from it?',
    'What coping skill did you reach for today, and how did it help, even a little?',
    'When did you pause before reacting today?',
    'What got in your way today, and how did you find a way around it?',
  ],
  pause: [
    'Take a breath. What is one small thing that has gone right so far?',
    'What did you notice today when you slowed down for a moment?',
    'What is one thing your senses enjoyed today: a sound, a taste, a colour?',
    'When did you feel steady today, even briefly?',
    'What did you do today just because it felt good, not because you had to?',
  ],
  connection: [
    'Who made your day a little better, and what did they do?',
    'When did you reach out to someone today, or let someone reach you?',
    'What did you share with someone today: a laugh, a worry, a meal?',
    'Who did you help today, even in a tiny way?',
    'What kind words did you hear today, or say?',
  ],
  body: [
    'What did you do today to look after your body?',
    'What nourishing thing did you eat or drink today?',
    'How did you move today: a walk, a stretch, a dance in the kitchen?',
    'What did you do today to rest, or to get ready for good sleep?',
    'Which appointment, pill or routine did you keep up with today?',
  ],
  savouring: [
    'What surprised you today in a good way?',
    'What small moment today would you like to remember?',
    'What made you smile or laugh today?',
    'What went better than you expected today?',
    'What beautiful or funny thing did you see today?',
  ],
};

export const builtInPrompts: readonly Prompt[] = Object.entries(library).flatMap(([theme, texts]) =>
  texts.map((text, index) => ({ id: `prompt-${theme}-${index + 1}`, text, theme: theme as PromptTheme, hidden: false, builtIn: true })),
);

/** The mindful pause is its own quick log; wins written there record this prompt id. */
export const mindfulPausePromptId = 'prompt-pause-1';
