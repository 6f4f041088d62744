import { useId } from "react";

/** A labelled progress bar: the sentence above it names the numbers, the bar shows them. */
export function ProgressBar({
  label,
  done,
  total,
  testId,
}: {
  label: string;
  done: number;
  total: number;
  testId?: string;
}) {
  const labelId = useId();
  return (
    <div className="mb-4">
      <p id={labelId} className="mb-1 font-semibold" data-testid={testId}>
        {label}
      </p>
      <progress aria-labelledby={labelId} max={Math.max(total, 1)} value={done} className="h-3 w-full max-w-md" />
    </div>
  );
}
