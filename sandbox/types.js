// @ts-check
/**
 * Shapes of the sandbox's in-memory school state (JSDoc only, no runtime code).
 * Field names follow GetCourse's vocabulary where the reference gives it (ref A.2, A.5, B.1, C.3–C.5).
 */

/** @typedef {'school' | 'trial'} SchoolName */
/** @typedef {'user' | 'deal'} FieldContext */
/** @typedef {'readWrite' | 'readOnly'} KeyAccess */

/**
 * A custom field (ref B.1 `/pl/api/account/fields`, ref C.4 `#CustomFormValue`).
 * @typedef {{ id: number, title: string, type: string, required: boolean, context: FieldContext, order: number, system: boolean }} CustomField
 */

/** @typedef {{ name: string, addedAt: string }} UserGroup  a group membership with its join time (ref A.2 `group_name`) */

/**
 * @typedef {{
 *   id: number, email: string, firstName: string, lastName: string, phone: string, city: string, country: string,
 *   status: string, createdAt: string, groups: UserGroup[], addfields: Record<string, string>, partnerEmail: string
 * }} User
 */

/** @typedef {{ id: number, title: string, code: string, price: number, currency: string }} Offer  (ref C.3) */

/** @typedef {{ offerId: number, title: string, price: number, quantity: number }} DealPosition */

/**
 * @typedef {{
 *   id: number, number: number, userId: number, positions: DealPosition[], cost: number, currency: string,
 *   status: string, paid: boolean, payedAt: string, createdAt: string, comment: string,
 *   addfields: Record<string, string>, managerEmail: string
 * }} Deal
 */

/** @typedef {{ id: number, name: string, lastAddedAt: string | null }} Group  (ref B.1 `/pl/api/account/groups`) */

/**
 * A block of the process editor (ref R.2). An `operation` block holds the operation chosen in its modal
 * (`operationType`; «Вызвать URL» is `common_get_url`) and that operation's settings by attribute
 * (`url`, `method`, `fieldId`, …; their form names are in sandbox/pages/process-operations.js).
 * @typedef {{ id: number, kind: 'start' | 'operation' | 'condition' | 'finish', title: string, operationType?: string, settings?: Record<string, string> }} ProcessBlock
 */

/** @typedef {41 | 42 | 58 | 27} ObjectTypeId  users, orders, purchases, calls (ref R.2 `#mission-object_type_id`) */

/** @typedef {{ id: number, title: string, description: string, objectTypeId: ObjectTypeId, approved: boolean, blocks: ProcessBlock[] }} Mission */

/** @typedef {{ key: string, access: KeyAccess, name: string, createdAt: string, creator: string }} ApiKey  (ref B.3) */

/** @typedef {{ id: number, kind: 'users' | 'deals', polls: number, fetched: boolean, fields: string[], items: string[][] }} ExportJob */

/**
 * A school; `timeZone` is the IANA zone its timestamps are written in (ref R.4: the account's own zone).
 * @typedef {{
 *   name: SchoolName, host: string, plan: 'paid' | 'trial', accountId: number, csrfToken: string, timeZone: string,
 *   keys: { readWrite: string, readOnly?: string }, apiKeys: ApiKey[],
 *   fields: CustomField[], users: User[], deals: Deal[], offers: Offer[], groups: Group[], missions: Mission[],
 *   exports: ExportJob[], nextId: { user: number, deal: number, dealNumber: number, offer: number, group: number, field: number, export: number }
 * }} School
 */

// oxlint-disable-next-line unicorn/require-module-specifiers -- a file of typedefs only: this makes it a module other files import types from
export {};
