import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

/** An operation that runs once per input item. */
export interface ItemOperation {
	execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]>;
}

/**
 * An operation that takes all input items at once (e.g. to batch them) and answers for each:
 * it returns one entry per input, either its output items or the error that item met.
 */
export interface BatchOperation {
	executeBatch(
		this: IExecuteFunctions,
		items: INodeExecutionData[],
	): Promise<Array<INodeExecutionData[] | Error>>;
}

export type Operation = ItemOperation | BatchOperation;

export type ResourceMap = Record<string, Record<string, unknown>>;

/**
 * The error that stops the node. With several input items its message ends with the item's
 * index, as n8n's own expression errors do, so the user knows which input to look at.
 */
function stoppingError(
	context: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
	itemCount: number,
) {
	const nodeError =
		error instanceof NodeApiError || error instanceof NodeOperationError
			? error
			: new NodeOperationError(context.getNode(), error as Error, { itemIndex });
	nodeError.context.itemIndex = itemIndex;
	const suffix = ` [item ${itemIndex}]`;
	if (itemCount > 1 && !nodeError.message.endsWith(suffix)) nodeError.message += suffix;
	return nodeError;
}

/**
 * An output item whose JSON is an object, as n8n requires: a provider that answers null, a
 * number or a list where an object belongs gets it wrapped as { value }, not a crashed run.
 */
function wellFormed(item: INodeExecutionData): INodeExecutionData {
	const { json } = item as { json: unknown };
	if (json !== null && typeof json === 'object' && !Array.isArray(json)) return item;
	return { ...item, json: { value: json as IDataObject[keyof IDataObject] } };
}

function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	const description = (error as NodeApiError).description;
	return {
		json: { error: error.message, ...(description ? { description } : {}) },
		pairedItem: { item: itemIndex },
	};
}

function operationFor(
	context: IExecuteFunctions,
	resources: ResourceMap,
	itemIndex: number,
): Operation {
	const resource = context.getNodeParameter('resource', itemIndex) as string;
	const operation = context.getNodeParameter('operation', itemIndex) as string;
	const found = resources[resource]?.[operation] as
		| Partial<ItemOperation & BatchOperation>
		| undefined;
	if (!found || (typeof found.execute !== 'function' && typeof found.executeBatch !== 'function')) {
		throw new NodeOperationError(
			context.getNode(),
			`The operation "${operation}" is not supported for "${resource}"`,
			{ itemIndex },
		);
	}
	return found as Operation;
}

/**
 * Runs the chosen operation for every input item. Under "Continue on Fail" every input gives at
 * least one output item and each error item is paired to its input; otherwise the first error
 * stops the node, naming its item when there are several.
 */
export async function routeOperations(
	this: IExecuteFunctions,
	resources: ResourceMap,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	if (items.length === 0) return [[]];
	const first = operationFor(this, resources, 0);
	const returnData: INodeExecutionData[] = [];

	if ('executeBatch' in first) {
		const results = await first.executeBatch.call(this, items);
		results.forEach((result, itemIndex) => {
			if (!(result instanceof Error)) {
				returnData.push(...result.map(wellFormed));
				return;
			}
			if (!this.continueOnFail()) throw stoppingError(this, result, itemIndex, items.length);
			returnData.push(errorItem(result, itemIndex));
		});
		return [returnData];
	}

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const operation = operationFor(this, resources, itemIndex) as ItemOperation;
			returnData.push(...(await operation.execute.call(this, itemIndex)).map(wellFormed));
		} catch (error) {
			if (!this.continueOnFail()) throw stoppingError(this, error, itemIndex, items.length);
			returnData.push(errorItem(error as Error, itemIndex));
		}
	}
	return [returnData];
}
