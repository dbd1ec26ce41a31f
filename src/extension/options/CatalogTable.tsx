/** The catalog, searchable and paged, to write a policy from (ids, names, vendors, models, hosts). */
import { useMemo, useState } from "preact/hooks";
import type { CatalogRow } from "../shared/messages";

const PAGE = 25;

export function CatalogTable({ rows }: { rows: CatalogRow[] }) {
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(0);
  const found = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (q === "") return rows;
    return rows.filter((r) =>
      [r.id, r.name, r.vendor, r.model, ...r.hosts].some((field) => field.toLowerCase().includes(q)),
    );
  }, [rows, query]);
  const pages = Math.max(1, Math.ceil(found.length / PAGE));
  const current = Math.min(page, pages - 1);
  const visible = found.slice(current * PAGE, current * PAGE + PAGE);
  return (
    <section aria-labelledby="catalog-heading" id="catalog">
      <h2 id="catalog-heading">Service ids for your policy</h2>
      <label for="catalog-search">Search by id, name, vendor, model or host</label>
      <input
        id="catalog-search"
        type="search"
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setPage(0);
        }}
      />
      <p aria-live="polite" class="muted" id="catalog-count">
        {found.length} of {rows.length} services
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Name</th>
            <th scope="col">Vendor</th>
            <th scope="col">Model</th>
            <th scope="col">Status</th>
            <th scope="col">Hosts</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((r) => (
            <tr key={r.id} data-id={r.id}>
              <td>
                <code>{r.id}</code>
              </td>
              <td>{r.name}</td>
              <td>{r.vendor}</td>
              <td>{r.model}</td>
              <td>{r.status ?? "none"}</td>
              <td>{r.hosts.slice(0, 4).join(", ") + (r.hosts.length > 4 ? ` +${r.hosts.length - 4}` : "")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav aria-label="Catalog pages" class="pager">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </button>
        </nav>
      )}
    </section>
  );
}
