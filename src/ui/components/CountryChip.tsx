// A country as flag emoji plus ISO code, with the full name on hover.
import { countryName, flagEmoji } from '../../core/normalize/country.ts';

export function CountryChip({ code, onClick, active }: { code: string; onClick?: () => void; active?: boolean }) {
  const content = (
    <>
      <span className="flag" aria-hidden="true">{flagEmoji(code)}</span>
      <span className="code">{code}</span>
    </>
  );
  if (onClick) {
    return (
      <button type="button" className={`chip country${active ? ' active' : ''}`} title={countryName(code)} onClick={onClick} aria-pressed={active}>
        {content}
      </button>
    );
  }
  return <span className="chip country" title={countryName(code)}>{content}</span>;
}
