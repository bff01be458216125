import { useState } from 'react';
import { isAppleMobile, isInstalled } from '@/pwa/install';
import { refreshAppBadge } from '@/pwa/use-app-badge';

type Permission = NotificationPermission | 'unsupported';

function currentPermission(): Permission {
  return 'Notification' in window ? Notification.permission : 'unsupported';
}

/**
 * On iPhone and iPad the icon's dot needs notification permission, so this asks for it, but
 * only when the person taps, only where asking can work (an installed app on iOS 16.4 or
 * later), and says plainly that Small Wins sends no notifications. Elsewhere it is not shown.
 */
export function AppleDot() {
  const [permission, setPermission] = useState<Permission>(currentPermission);
  if (!isAppleMobile()) return null;
  const device = /iPad/.test(navigator.userAgent) || navigator.platform === 'MacIntel' ? 'iPad' : 'iPhone';

  async function allow() {
    const answer = await Notification.requestPermission();
    setPermission(answer);
    if (answer === 'granted') refreshAppBadge();
  }

  let body;
  if (!isInstalled()) {
    body = <p>Add Small Wins to your Home Screen first (More shows how), open it from there, and come back here to allow the dot.</p>;
  } else if (permission === 'unsupported' || !('setAppBadge' in navigator)) {
    body = <p>This {device} does not offer the dot yet: it needs iOS 16.4 or later. The calendar reminder above works now.</p>;
  } else if (permission === 'granted') {
    body = <p role="status">The dot is on. It shows while today has no win yet, and clears with your first one.</p>;
  } else if (permission === 'denied') {
    body = <p>The dot is off for now. To turn it on, open Settings, then Notifications, then Small Wins.</p>;
  } else {
    body = (
      <>
        <p>
          Your {device} asks you to allow notifications before an app can show a dot. Small Wins never sends
          notifications: this is only for the dot.
        </p>
        <button type="button" className="button" onClick={() => void allow()}>
          Allow the dot on {device}
        </button>
      </>
    );
  }
  return (
    <div className="apple-dot" aria-label={`The dot on ${device}`} role="group">
      {body}
    </div>
  );
}
