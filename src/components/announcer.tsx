import { useAppStore } from '@/store/store';

/** The one polite live region: screen readers hear what just changed (saved, deleted, restored). */
export function Announcer() {
  const { text, seq } = useAppStore((state) => state.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      <span key={seq}>{text}</span>
    </div>
  );
}
