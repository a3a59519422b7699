/** The zones a browser offers while one types in a time zone field, from this runtime's own list. */
const zones = Intl.supportedValuesOf('timeZone');

export const timeZoneListId = 'time-zones';

export function TimeZoneList() {
  return (
    <datalist id={timeZoneListId}>
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
