import { useState } from 'react';
import { Link } from 'wouter';
import { ReframeDone } from './reframe-done';
import { ReframeStepAnyway } from './reframe-step-anyway';
import { ReframeStepHard } from './reframe-step-hard';
import { ReframeStepWin } from './reframe-step-win';
import { useScreenTitle } from '@/hooks/use-screen-title';

export interface ReframeAnswers {
  hard: string;
  anyway: string;
}

const stepTitles = ['What was hard', 'What you did anyway', 'Your small win'] as const;

/** Finding the win inside a hard day, in three short steps. */
export function ReframeScreen() {
  useScreenTitle('Find the win in a hard day');
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<ReframeAnswers>({ hard: '', anyway: '' });
  const [savedText, setSavedText] = useState<string | null>(null);

  if (savedText !== null) return <ReframeDone text={savedText} />;

  return (
    <div className="reframe">
      <header className="screen-header">
        <p className="eyebrow">
          Step {step + 1} of 3: {stepTitles[step]}
        </p>
        <h1>Find the win in a hard day</h1>
      </header>
      {step === 0 && (
        <ReframeStepHard
          value={answers.hard}
          onNext={(hard) => {
            setAnswers({ ...answers, hard });
            setStep(1);
          }}
        />
      )}
      {step === 1 && (
        <ReframeStepAnyway
          value={answers.anyway}
          onBack={() => setStep(0)}
          onNext={(anyway) => {
            setAnswers({ ...answers, anyway });
            setStep(2);
          }}
        />
      )}
      {step === 2 && <ReframeStepWin answers={answers} onBack={() => setStep(1)} onSaved={setSavedText} />}
      <Link href="/" className="link-button">
        Leave this for now
      </Link>
    </div>
  );
}
