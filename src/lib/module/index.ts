/** Everything the module pages use, from one place. */
export { moduleId } from './id';
export {
	decodeModule,
	encodeModule,
	FORMAT_VERSION,
	MAX_PAYLOAD_BYTES,
	moduleProblem,
	OTHER_GENERATOR
} from './link';
export type { DecodedModule, ModuleData } from './types';
