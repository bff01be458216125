/** Holds the screen's space while its code loads, so nothing jumps when it arrives. */
export function ScreenLoading() {
  return (
    <div className="screen-loading" role="status">
      <span className="visually-hidden">Loading…</span>
    </div>
  );
}
