// Checks FtM entities against the real followthemoney model (@alephdata/followthemoney, the schema Aleph uses):
// schema and property names, entity references and their ranges, ids, and the value rules of FtM's types.

import { Model, defaultModel } from '@alephdata/followthemoney';

export interface FtmProblem {
  id: string;
  property?: string;
  problem: string;
}

interface RawEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** FtM's id rule (followthemoney.types.entity): what Aleph keeps. */
const ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;
const model = new Model(defaultModel);
const countries = new Set(model.getType('country').values.keys());

/** Every problem Aleph's import would have with these entities: an empty list means nothing is dropped. */
export function ftmProblems(entities: readonly RawEntity[]): FtmProblem[] {
  const problems: FtmProblem[] = [];
  const schemaOf = new Map(entities.map((entity) => [entity.id, entity.schema]));
  if (schemaOf.size !== entities.length) problems.push({ id: '*', problem: 'duplicate ids' });
  for (const entity of entities) {
    if (!ID.test(entity.id) || entity.id.length > model.getType('entity').maxLength) problems.push({ id: entity.id, problem: 'id breaks FtM id rule' });
    const schema = model.schemata[entity.schema];
    if (!schema || schema.abstract) {
      problems.push({ id: entity.id, problem: `unknown or abstract schema ${entity.schema}` });
      continue;
    }
    for (const [name, values] of Object.entries(entity.properties)) {
      if (!schema.hasProperty(name)) {
        problems.push({ id: entity.id, property: name, problem: `${entity.schema} has no property ${name}` });
        continue;
      }
      const property = schema.getProperty(name);
      for (const value of values) {
        const problem = valueProblem(property.type.name, property.type.maxLength, value, () => {
          const target = schemaOf.get(value);
          if (target === undefined) return 'reference to an entity not in the export (Aleph drops it)';
          return model.getSchema(target).isA(property.getRange()) ? undefined : `points to a ${target}, range is ${property.getRange().name}`;
        });
        if (problem) problems.push({ id: entity.id, property: name, problem: `${problem}: ${JSON.stringify(value).slice(0, 80)}` });
      }
    }
  }
  return problems;
}

function valueProblem(type: string, maxLength: number, value: string, reference: () => string | undefined): string | undefined {
  if (typeof value !== 'string' || value === '') return 'empty or not a string';
  if (value.length > maxLength) return `longer than ${maxLength}`;
  switch (type) {
    case 'entity':
      return ID.test(value) ? reference() : 'reference breaks FtM id rule';
    case 'date':
      return DATE.test(value) ? undefined : 'not an ISO date prefix';
    case 'country':
      return countries.has(value) ? undefined : 'not an FtM country code';
    case 'number':
      return Number.isFinite(Number(value)) ? undefined : 'not a number';
    case 'phone':
      return /^\+[1-9]\d{5,14}$/.test(value) ? undefined : 'not an E.164 phone';
    default:
      return undefined;
  }
}
