/** A repository over one SharePoint list: read all, idempotent create, update with If-Match. */
import type { StoredRecord } from '../../domain/model';
import type { GraphApi } from '../api';
import { GraphRequestError } from '../errors';
import type { SiteDirectory } from '../sites';
import type { Repository } from '../store';
import { itemEtag, type EntityMapper, type Fields, type ListItem } from './fields';
import { fieldEquals } from './odata';

// A failed create may have been carried out (the response was lost) or rejected because the key
// exists (the unique column rejects it with 409); either way, looking the key up tells which.
function mayHaveCreated(error: unknown): boolean {
  if (!(error instanceof GraphRequestError)) return false;
  return error.status === 0 || error.status === 409 || error.status >= 500 || error.status === 429;
}

/** A {@link Repository} for one list, also used by the answer and settings repositories. */
export class ListRepository<T extends StoredRecord> implements Repository<T> {
  constructor(
    protected readonly api: GraphApi,
    protected readonly directory: SiteDirectory,
    protected readonly mapper: EntityMapper<T>,
  ) {}

  /** Reads all items of the list. */
  async list(): Promise<T[]> {
    return this.query();
  }

  /** Reads the items that match an OData filter that is already URL-encoded. */
  async query(encodedFilter?: string): Promise<T[]> {
    const path = await this.directory.listPath(this.mapper.list);
    const select = ['Title', 'ClientKey', ...this.mapper.columns].join(',');
    const filter = encodedFilter ? `&$filter=${encodedFilter}` : '';
    const items = await this.api.pages<ListItem>(
      `${path}/items?expand=fields(select=${select})${filter}`,
    );
    return items.map((item) => this.fromItem(item));
  }

  /** Returns the record with the given client key, if any. */
  async findByKey(key: string): Promise<T | undefined> {
    const found = await this.query(fieldEquals('ClientKey', key));
    return found[0];
  }

  /** Creates the record, or returns the one that already has its key. */
  async create(record: T): Promise<T> {
    this.mapper.validate(record);
    try {
      return await this.post(record);
    } catch (error) {
      if (!mayHaveCreated(error)) throw error;
      const existing = await this.findByKey(record.key);
      if (existing) return existing;
      if ((error as GraphRequestError).status === 409) throw error;
      return this.post(record);
    }
  }

  /** Updates the record with If-Match; a stale ETag rejects with a conflict (412). */
  async update(record: T): Promise<T> {
    this.mapper.validate(record);
    if (!record.id)
      throw new Error(`[graph] update needs a stored record; '${record.key}' has no id`);
    const path = await this.directory.listPath(this.mapper.list);
    const headers: Record<string, string> = record.etag ? { 'If-Match': record.etag } : {};
    const fields = await this.api.patch<Fields>(
      `${path}/items/${record.id}/fields`,
      this.mapper.toFields(record),
      headers,
    );
    const etag =
      (fields?.['@odata.etag'] as string | undefined) ?? (await this.readEtag(record.id));
    return { ...record, etag };
  }

  /** Deletes the record, with If-Match when its ETag is known. */
  async remove(record: T): Promise<void> {
    if (!record.id) return;
    const path = await this.directory.listPath(this.mapper.list);
    const headers: Record<string, string> = record.etag ? { 'If-Match': record.etag } : {};
    await this.api.delete(`${path}/items/${record.id}`, headers);
  }

  /** Maps a list item to its entity. */
  fromItem(item: ListItem): T {
    const fields = item.fields ?? {};
    const stored: StoredRecord = {
      id: item.id,
      key: String(fields.ClientKey ?? ''),
      etag: itemEtag(item),
      modified: item.lastModifiedDateTime,
    };
    return { ...this.mapper.fromFields(fields), ...stored } as T;
  }

  private async post(record: T): Promise<T> {
    const path = await this.directory.listPath(this.mapper.list);
    const item = await this.api.post<ListItem>(`${path}/items`, {
      fields: { ...this.mapper.toFields(record), ClientKey: record.key },
    });
    return { ...record, id: item.id, etag: itemEtag(item), modified: item.lastModifiedDateTime };
  }

  private async readEtag(id: string): Promise<string | undefined> {
    const path = await this.directory.listPath(this.mapper.list);
    return itemEtag(await this.api.get<ListItem>(`${path}/items/${id}?$select=id,eTag`));
  }
}
