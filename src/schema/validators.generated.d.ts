// The types of validators.generated.js (ajv standalone code, see scripts/compile-schema.mjs).

export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export const validateReport: CompiledValidator;
export const validateSavedClosure: CompiledValidator;
