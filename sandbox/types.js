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
 * A block of the process editor (ref C.5): `operation` blocks with a `url` are «Вызвать URL» operations.
 * @typedef {{ id: number, kind: 'start' | 'operation' | 'condition' | 'finish', title: string, method?: 'GET' | 'POST', url?: string }} ProcessBlock
 */

/** @typedef {{ id: number, title: string, description: string, objectTypeId: 41 | 42, approved: boolean, blocks: ProcessBlock[] }} Mission  41 = users, 42 = deals (ref C.2) */

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

export {};
