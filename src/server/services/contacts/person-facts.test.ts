import { describe, expect, it } from 'vitest';
import { personFacts } from './person-facts.ts';

describe('person facts for a contact lookup', () => {
  it("takes the person's facts from their row and the company's from the row it was found for", () => {
    const person = {
      name: 'Ann Lee',
      role: 'CTO',
      linkedin_url: 'https://linkedin.com/in/ann',
      company: ['0190-row'],
    };
    const company = { input: 'acme.example', company_name: 'Acme', company_website: 'https://acme.example' };
    expect(personFacts(person, company)).toEqual({
      fullName: 'Ann Lee',
      linkedinUrl: 'https://linkedin.com/in/ann',
      companyName: 'Acme',
      companyWebsite: 'https://acme.example',
    });
  });

  it("keeps the row's own company, and the address a reverse lookup names", () => {
    const row = { first_name: 'Bo', last_name: 'Ek', company: 'Globex', website: 'globex.example' };
    expect(personFacts(row, { company_name: 'Other' }, 'bo@globex.example')).toEqual({
      firstName: 'Bo',
      lastName: 'Ek',
      companyName: 'Globex',
      companyWebsite: 'globex.example',
      email: 'bo@globex.example',
    });
  });
});
