/**
 * RFC 6570 URI Templates, levels 1 to 3: simple ({var}), reserved ({+var}), fragment ({#var}),
 * label ({.var}), path ({/var}), path-style parameters ({;var}), query ({?var}) and query
 * continuation ({&var}), with lists of variables. Values may be strings, numbers, booleans or
 * lists of them (exploded as comma-separated values, as level 3 does).
 */
export type TemplateValue =
	| string
	| number
	| boolean
	| Array<string | number | boolean>
	| undefined
	| null;

interface OperatorSpec {
	first: string;
	separator: string;
	named: boolean;
	ifEmpty: string;
	allowReserved: boolean;
}

const OPERATORS: Record<string, OperatorSpec> = {
	'': { first: '', separator: ',', named: false, ifEmpty: '', allowReserved: false },
	'+': { first: '', separator: ',', named: false, ifEmpty: '', allowReserved: true },
	'#': { first: '#', separator: ',', named: false, ifEmpty: '', allowReserved: true },
	'.': { first: '.', separator: '.', named: false, ifEmpty: '', allowReserved: false },
	'/': { first: '/', separator: '/', named: false, ifEmpty: '', allowReserved: false },
	';': { first: ';', separator: ';', named: true, ifEmpty: '', allowReserved: false },
	'?': { first: '?', separator: '&', named: true, ifEmpty: '=', allowReserved: false },
	'&': { first: '&', separator: '&', named: true, ifEmpty: '=', allowReserved: false },
};

/** Unreserved characters stay; with allowReserved, reserved ones and existing %XX escapes stay too. */
function encode(value: string, allowReserved: boolean): string {
	if (!allowReserved) {
		return encodeURIComponent(value).replace(
			/[!'()*]/g,
			(char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
		);
	}
	return value
		.split(/(%[0-9A-Fa-f]{2})/)
		.map((part) =>
			/^%[0-9A-Fa-f]{2}$/.test(part)
				? part
				: encodeURI(part).replace(/%5B/g, '[').replace(/%5D/g, ']'),
		)
		.join('');
}

function expandExpression(
	operator: string,
	variables: string,
	values: Record<string, TemplateValue>,
): string {
	const spec = OPERATORS[operator];
	const parts: string[] = [];
	for (const variable of variables.split(',')) {
		const [name, prefixLength] = variable.split(':');
		const value = values[name];
		if (value === undefined || value === null || (Array.isArray(value) && value.length === 0))
			continue;
		let expanded: string;
		if (Array.isArray(value)) {
			expanded = value.map((entry) => encode(String(entry), spec.allowReserved)).join(',');
		} else {
			const text = String(value);
			const cut = prefixLength ? text.slice(0, Number(prefixLength)) : text;
			expanded = encode(cut, spec.allowReserved);
		}
		if (spec.named) parts.push(expanded === '' ? `${name}${spec.ifEmpty}` : `${name}=${expanded}`);
		else parts.push(expanded);
	}
	return parts.length === 0 ? '' : spec.first + parts.join(spec.separator);
}

export function expandTemplate(template: string, values: Record<string, TemplateValue>): string {
	return template.replace(
		/\{([+#./;?&]?)([^}]+)\}/g,
		(_match, operator: string, variables: string) => expandExpression(operator, variables, values),
	);
}

/** The variable names a template uses, e.g. to tell the user what a templated link needs. */
export function templateVariables(template: string): string[] {
	const names: string[] = [];
	for (const match of template.matchAll(/\{[+#./;?&]?([^}]+)\}/g)) {
		for (const variable of match[1].split(',')) names.push(variable.split(':')[0]);
	}
	return [...new Set(names)];
}
