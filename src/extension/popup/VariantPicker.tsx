import type { ServiceVariant } from "../../engine/types";

export function VariantPicker({
  variants,
  chosen,
  defaultLabel,
  onChoose,
}: {
  variants: ServiceVariant[];
  chosen: string | null;
  defaultLabel: string;
  onChoose: (variantId: string | null) => void;
}) {
  return (
    <section class="variant" aria-labelledby="variant-label">
      <label id="variant-label" for="variant-select">
        Which plan do you use?
      </label>
      <select
        id="variant-select"
        value={chosen ?? ""}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          onChoose(value === "" ? null : value);
        }}
      >
        <option value="">{defaultLabel}</option>
        {variants.map((variant) => (
          <option key={variant.id} value={variant.id}>
            {variant.name}
          </option>
        ))}
      </select>
      <p class="muted">{variants.find((v) => v.id === chosen)?.description ?? "Remembered on this browser only."}</p>
    </section>
  );
}
