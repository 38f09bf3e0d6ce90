import { describe, expect, it } from 'vitest';
import { emptyField } from '../model/field-draft.ts';
import { draftRequest } from './draft-request.ts';
import type { ExtractionDraft } from './extraction-draft-store.ts';

const draft = (patch: Partial<ExtractionDraft>): ExtractionDraft => ({
  open: true,
  projectId: null,
  step: 'estimate',
  name: 'Products',
  fields: [emptyField('Name')],
  sourceKind: 'files',
  files: [],
  urls: '',
  text: '',
  context: '',
  enhance: '',
  ...patch,
});

describe('the request a draft makes', () => {
  it('sends only the kind of source chosen, and the guidance given', () => {
    const file = { id: 'file_1', name: 'a.pdf', size: 1, mime_type: 'application/pdf', created_at: '' };
    expect(draftRequest(draft({ files: [file], text: 'left over', context: ' In euros ' }))).toEqual({
      columns: [{ key: 'name', label: 'Name', type: 'text' }],
      file_ids: ['file_1'],
      additional_context: 'In euros',
    });
    expect(
      draftRequest(
        draft({
          sourceKind: 'urls',
          urls: ' https://a.example/x \n\n https://b.example/y ',
          enhance: 'Add websites',
        }),
      ),
    ).toMatchObject({
      file_urls: ['https://a.example/x', 'https://b.example/y'],
      enhancement_context: 'Add websites',
    });
    expect(draftRequest(draft({ sourceKind: 'text', text: 'Name: A' }))).not.toHaveProperty('file_ids');
  });
});
