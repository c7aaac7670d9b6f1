interface TagChipProps {
  path: string;
  color?: string;
  onRemove?: () => void;
  removeLabel?: string;
}

/** A tag with its whole path: 供暖 under 民生 and under 投诉 are different tags and must read differently. */
export function TagChip({ path, color, onRemove, removeLabel }: TagChipProps) {
  return (
    <span className="tag-chip" style={color ? { background: color } : undefined}>
      <span>{path}</span>
      {onRemove ? (
        <button type="button" className="tag-chip-remove" aria-label={removeLabel ?? path} onClick={onRemove}>
          ×
        </button>
      ) : null}
    </span>
  );
}
