import { expandTemplate, templateVariables } from '../../../shared/hypermedia/uriTemplate';

// The examples of RFC 6570 §1.2, levels 1 to 3.
const variables = {
	var: 'value',
	hello: 'Hello World!',
	path: '/foo/bar',
	empty: '',
	x: '1024',
	y: '768',
};

test.each([
	['{var}', 'value'],
	['{hello}', 'Hello%20World%21'],
	['{+var}', 'value'],
	['{+hello}', 'Hello%20World!'],
	['{+path}/here', '/foo/bar/here'],
	['here?ref={+path}', 'here?ref=/foo/bar'],
	['X{#var}', 'X#value'],
	['X{#hello}', 'X#Hello%20World!'],
	['map?{x,y}', 'map?1024,768'],
	['{x,hello,y}', '1024,Hello%20World%21,768'],
	['{+x,hello,y}', '1024,Hello%20World!,768'],
	['{+path,x}/here', '/foo/bar,1024/here'],
	['{#x,hello,y}', '#1024,Hello%20World!,768'],
	['{#path,x}/here', '#/foo/bar,1024/here'],
	['X{.var}', 'X.value'],
	['X{.x,y}', 'X.1024.768'],
	['{/var}', '/value'],
	['{/var,x}/here', '/value/1024/here'],
	['{;x,y}', ';x=1024;y=768'],
	['{;x,y,empty}', ';x=1024;y=768;empty'],
	['{?x,y}', '?x=1024&y=768'],
	['{?x,y,empty}', '?x=1024&y=768&empty='],
	['?fixed=yes{&x}', '?fixed=yes&x=1024'],
	['{&x,y,empty}', '&x=1024&y=768&empty='],
])('%s expands to %s', (template, expected) => {
	expect(expandTemplate(template, variables)).toBe(expected);
});

test('undefined variables are dropped, lists are joined, prefixes cut', () => {
	expect(expandTemplate('/changelogs{?type,page}', { type: 'API' })).toBe('/changelogs?type=API');
	expect(expandTemplate('{?list}', { list: ['red', 'green'] })).toBe('?list=red,green');
	expect(expandTemplate('{var:3}', variables)).toBe('val');
	expect(templateVariables('/a{?x,y}{/z:2}')).toEqual(['x', 'y', 'z']);
});
