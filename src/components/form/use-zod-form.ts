import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Mode,
  type UseFormReturn,
} from 'react-hook-form';
import type { $ZodType, input, output } from 'zod/v4/core';

/** A zod schema (zod or zod/mini) of a form's values. */
export type FormSchema = $ZodType<FieldValues, FieldValues>;

/** The form of a schema: its inputs typed as the schema's input, submit handed its output. */
export type ZodForm<S extends FormSchema> = UseFormReturn<input<S>, unknown, output<S>>;

type Options<S extends FormSchema> = {
  defaultValues: DefaultValues<input<S>>;
  /** When to validate: on every change by default, so errors and the submit button follow typing. */
  mode?: Mode;
};

/** `useForm` validated by a zod schema, in mode onChange unless told otherwise. */
export function useZodForm<S extends FormSchema>(schema: S, options: Options<S>): ZodForm<S> {
  return useForm<input<S>, unknown, output<S>>({
    resolver: zodResolver(schema),
    mode: options.mode ?? 'onChange',
    defaultValues: options.defaultValues,
  });
}
