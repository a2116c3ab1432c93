/**
 * The authorization matrix (issue 9): who may call every route of the OpenAPI document, and what they get.
 * This file is the single source of truth; matrix.test.ts seeds one company, sends every row's request as
 * every role and asserts the answer written here. Expectations come from SPEC §1/§2.5 and the default
 * roles (src/domain/roles.ts), not from what the code happens to do.
 *
 * Columns: `anonymous` (no session), then the eight default roles. The fixture company (matrix.world.ts):
 *   销售部     agent, account_manager, supervisor, dept_manager, and `colleague` (a second account manager)
 *   客户服务部  `otherAm` (account manager) and `otherDm` (department manager)
 *   总经理办公室 executive (and `exec2`, a second executive who approves the first one's requests), admin
 *   市场部     analyst, marketing
 *
 * Cases (second column) name the relationship of the caller to what the route acts on:
 *   own      a customer the account_manager owns and the agent serves (in 销售部; for every other role simply a
 *            销售部 customer it is not responsible for); for requests and tokens: one the caller made
 *   dept     a customer owned by `colleague` (销售部); for requests: made by `colleague`; for people: in 销售部
 *   other    a customer owned by `otherAm` (客户服务部), contacts but no transactions or contracts; for requests:
 *            made by `otherAm`; for people: in 客户服务部
 *   secret   a 客户服务部 customer with transactions and a contract (绝密); for access requests: a 绝密 request
 *            made by `colleague`
 *   granted  like `secret`, and the caller holds an approved, unexpired 绝密 查阅申请 for it (approved by the
 *            executive; the executive needs none, the admin cannot ask)
 *   mine / to_approve / all   the `box` of a request list;  final   a grade request at the executive's step
 *   self     the caller's own account (PATCH /users: they give themselves the executive's role);  roles  a
 *            bystander's roles changed;  details  a bystander's phone;  own (PATCH /roles)  the caller's own role
 *            widened to every customer
 *   moved    the account manager's grade request on a customer since handed to 客户服务部 (box=mine)
 *   team     the caller's whole team (回访日历 team=true)
 *   ''       the route acts on nothing that belongs to anyone in particular
 * Every customer has a contact with a mobile, an ID number, an annual amount and a service record; those
 * with cooperation data also have a tier change moved by the score (绝密).
 *
 * Expected answers:
 *   ok        2xx
 *   full      200, and every level the route carries is shown in full (秘密 basic information, 机密 contacts
 *             and ID number: the full mobile; 绝密: amounts, score, transactions, contract, grade figures)
 *   masked    200 with 秘密 basic information, contacts masked (张*, 139****0001), 绝密 values absent or null
 *   basic     200 with name, industry and region only: no owner, tier, status or tags, no contact, no amount
 *   unlisted  200, but the list does not contain the case's item
 *   401 403 404 409 400   that status (403: not allowed; 404 where even existence is not the caller's business)
 *   n/a       the role cannot hold such a fixture (e.g. the admin makes no access requests): nothing is sent
 * `full`/`masked`/`basic` are checked on the body itself: the test knows each customer's mobile, ID number,
 * owner and amounts and looks for them, so a value that leaks past a null field is caught too. Lists never
 * carry 机密/绝密 values at all.
 *
 * A new route: add its rows (all its cases) here and its request in matrix.requests.ts; the test fails until
 * both exist. A real bug goes into KNOWN_FAILURES below with the expected (correct) answer kept in the
 * matrix; the test asserts it still fails, so a fix makes the list shrink.
 */
import type { RoleKey } from '../../domain/roles.ts';

export const COLUMNS = [
  'anonymous',
  'agent',
  'account_manager',
  'supervisor',
  'dept_manager',
  'executive',
  'analyst',
  'marketing',
  'admin',
] as const satisfies readonly ('anonymous' | RoleKey)[];
export type Column = (typeof COLUMNS)[number];

export type Expected =
  | 'ok'
  | 'full'
  | 'masked'
  | 'basic'
  | 'unlisted'
  | '400'
  | '401'
  | '403'
  | '404'
  | '409'
  | 'n/a';

type E = Expected;
export type MatrixRow = readonly [route: string, kase: string, E, E, E, E, E, E, E, E, E];

// biome-ignore format: one line per route and case, the roles as aligned columns
export const MATRIX: readonly MatrixRow[] = [
  // route                                               case          anonymous   agent       account_manager   supervisor   dept_manager   executive   analyst     marketing   admin

  // ── public, and every signed-in user
  ['GET /api/health',                                    '',           'ok',       'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['POST /api/v1/auth/login',                            '',           'ok',       'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/auth/me',                                '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['POST /api/v1/auth/logout',                           '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['POST /api/v1/auth/password',                         '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['PUT /api/v1/auth/me/locale',                         '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/auth/tokens',                            '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['POST /api/v1/auth/tokens',                           '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['DELETE /api/v1/auth/tokens/{id}',                    'own',        '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['DELETE /api/v1/auth/tokens/{id}',                    'other',      '401',      '404',      '404',            '404',       '404',         '404',      '404',      '404',      '404'],
  ['GET /api/v1/users/directory',                        '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/departments',                            '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/roles',                                  '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/settings/customer-rules',                '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],

  // ── administration (SPEC §1: users, roles, rules, settings — and no customer data)
  ['GET /api/v1/setup/checklist',                        '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['GET /api/v1/users',                                  '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['POST /api/v1/users',                                 '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['GET /api/v1/users/export',                           '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['GET /api/v1/users/{id}',                             '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['PATCH /api/v1/users/{id}',                           'details',    '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['PATCH /api/v1/users/{id}',                           'roles',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['PATCH /api/v1/users/{id}',                           'self',       '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '400'],
  ['POST /api/v1/departments',                           '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['PATCH /api/v1/departments/{id}',                     '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['DELETE /api/v1/departments/{id}',                    '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['PATCH /api/v1/roles/{key}',                          '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['PATCH /api/v1/roles/{key}',                          'own',        '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '400'],
  ['GET /api/v1/role-change-requests',                   '',           '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      'ok'],
  ['POST /api/v1/role-change-requests/{id}/approve',     'missing',    '401',      '403',      '403',            '403',       '403',         '404',      '403',      '403',      '403'],
  ['POST /api/v1/role-change-requests/{id}/reject',      'missing',    '401',      '403',      '403',            '403',       '403',         '404',      '403',      '403',      '403'],
  ['PUT /api/v1/settings/customer-rules',                '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['GET /api/v1/settings/approval-chains',               '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['PUT /api/v1/settings/approval-chains',               '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['GET /api/v1/audit-events',                           '',           '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      'ok'],
  ['GET /api/v1/audit-events/export',                    '',           '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      'ok'],
  ['GET /api/v1/audit-events/verify',                    '',           '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      'ok'],

  // ── 离职交接: the leaver works in 销售部 (dept) or 客户服务部 (other); the successor in the same department
  ['GET /api/v1/users/handover-candidates',              '',           '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/users/{id}/handover',                   'dept',       '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/users/{id}/handover',                   'other',      '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],

  // ── customers: reading (full / masked / basic by data scope and grants, SPEC §2.5)
  ['GET /api/v1/customers',                              'own',        '401',      'full',     'full',           'full',      'full',        'full',     'masked',   'basic',    '403'],
  ['GET /api/v1/customers',                              'dept',       '401',      'masked',   'masked',         'full',      'full',        'full',     'masked',   'basic',    '403'],
  ['GET /api/v1/customers',                              'other',      '401',      'masked',   'masked',         'masked',    'masked',      'full',     'masked',   'basic',    '403'],
  ['GET /api/v1/customers',                              'secret',     '401',      'masked',   'masked',         'masked',    'masked',      'full',     'masked',   'basic',    '403'],
  ['GET /api/v1/customers',                              'granted',    '401',      'full',     'full',           'full',      'full',        'full',     'full',     'full',     '403'],
  ['GET /api/v1/customers/count',                        '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       '403'],
  ['GET /api/v1/customers/{id}',                         'own',        '401',      'full',     'full',           'full',      'full',        'full',     'masked',   'basic',    '403'],
  ['GET /api/v1/customers/{id}',                         'dept',       '401',      'masked',   'masked',         'full',      'full',        'full',     'masked',   'basic',    '403'],
  ['GET /api/v1/customers/{id}',                         'other',      '401',      'masked',   'masked',         'masked',    'masked',      'full',     'masked',   'basic',    '403'],
  ['GET /api/v1/customers/{id}',                         'secret',     '401',      'masked',   'masked',         'masked',    'masked',      'full',     'masked',   'basic',    '403'],
  ['GET /api/v1/customers/{id}',                         'granted',    '401',      'full',     'full',           'full',      'full',        'full',     'full',     'full',     '403'],
  ['GET /api/v1/customers/export',                       'own',        '401',      '403',      'full',           'full',      'full',        'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/export',                       'dept',       '401',      '403',      'masked',         'full',      'full',        'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/export',                       'other',      '401',      '403',      'masked',         'masked',    'masked',      'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/export',                       'secret',     '401',      '403',      'masked',         'masked',    'masked',      'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/export',                       'granted',    '401',      '403',      'full',           'full',      'full',        'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/contacts',                'own',        '401',      'full',     'full',           'full',      'full',        'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/contacts',                'dept',       '401',      'masked',   'masked',         'full',      'full',        'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/contacts',                'other',      '401',      'masked',   'masked',         'masked',    'masked',      'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/contacts',                'secret',     '401',      'masked',   'masked',         'masked',    'masked',      'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/contacts',                'granted',    '401',      'full',     'full',           'full',      'full',        'full',     'full',     'full',     '403'],
  ['GET /api/v1/customers/{id}/service-events',          'own',        '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       '403',      '403'],
  ['GET /api/v1/customers/{id}/service-events',          'dept',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       '403',      '403'],
  ['GET /api/v1/customers/{id}/service-events',          'other',      '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       '403',      '403'],
  ['GET /api/v1/customers/{id}/service-events',          'secret',     '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       '403',      '403'],
  ['GET /api/v1/customers/{id}/service-events',          'granted',    '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       '403'],
  ['GET /api/v1/customers/{id}/tier-history',            'own',        '401',      'full',     'full',           'full',      'full',        'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/tier-history',            'dept',       '401',      'masked',   'masked',         'full',      'full',        'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/tier-history',            'other',      '401',      'masked',   'masked',         'masked',    'masked',      'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/tier-history',            'secret',     '401',      'masked',   'masked',         'masked',    'masked',      'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/tier-history',            'granted',    '401',      'full',     'full',           'full',      'full',        'full',     'full',     'full',     '403'],
  ['GET /api/v1/customers/{id}/timeline',                'own',        '401',      'full',     'full',           'full',      'full',        'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/timeline',                'dept',       '401',      'masked',   'masked',         'full',      'full',        'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/timeline',                'other',      '401',      'masked',   'masked',         'masked',    'masked',      'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/timeline',                'secret',     '401',      'masked',   'masked',         'masked',    'masked',      'full',     'masked',   '403',      '403'],
  ['GET /api/v1/customers/{id}/timeline',                'granted',    '401',      'full',     'full',           'full',      'full',        'full',     'full',     'full',     '403'],
  ['GET /api/v1/customers/{id}/transactions',            'own',        '401',      'full',     'full',           'full',      'full',        'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/transactions',            'dept',       '401',      '403',      '403',            'full',      'full',        'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/transactions',            'other',      '401',      '403',      '403',            '403',       '403',         'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/transactions',            'secret',     '401',      '403',      '403',            '403',       '403',         'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/transactions',            'granted',    '401',      'full',     'full',           'full',      'full',        'full',     'full',     'full',     '403'],
  ['GET /api/v1/customers/{id}/contracts',               'own',        '401',      'full',     'full',           'full',      'full',        'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/contracts',               'dept',       '401',      '403',      '403',            'full',      'full',        'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/contracts',               'other',      '401',      '403',      '403',            '403',       '403',         'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/contracts',               'secret',     '401',      '403',      '403',            '403',       '403',         'full',     '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/contracts',               'granted',    '401',      'full',     'full',           'full',      'full',        'full',     'full',     'full',     '403'],

  // ── customers: writing (customers.write, and only within the data scope: a grant opens reading, never writing)
  ['POST /api/v1/customers',                             '',           '401',      '403',      'ok',             'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['PATCH /api/v1/customers/{id}',                       'own',        '401',      '403',      'ok',             'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['PATCH /api/v1/customers/{id}',                       'dept',       '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['PATCH /api/v1/customers/{id}',                       'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['PATCH /api/v1/customers/{id}',                       'secret',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['PATCH /api/v1/customers/{id}',                       'granted',    '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/customers/{id}/merge',                  'own',        '401',      '403',      'ok',             'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/customers/{id}/merge',                  'dept',       '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/customers/{id}/merge',                  'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/customers/{id}/merge',                  'secret',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/customers/{id}/merge',                  'granted',    '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/customers/{id}/contacts',               'own',        '401',      '403',      'ok',             'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/customers/{id}/contacts',               'dept',       '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/customers/{id}/contacts',               'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/customers/{id}/contacts',               'secret',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/customers/{id}/contacts',               'granted',    '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['PATCH /api/v1/customers/{id}/contacts/{contactId}',  'own',        '401',      '403',      'ok',             'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['PATCH /api/v1/customers/{id}/contacts/{contactId}',  'dept',       '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['PATCH /api/v1/customers/{id}/contacts/{contactId}',  'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['PATCH /api/v1/customers/{id}/contacts/{contactId}',  'secret',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['PATCH /api/v1/customers/{id}/contacts/{contactId}',  'granted',    '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['DELETE /api/v1/customers/{id}/contacts/{contactId}', 'own',        '401',      '403',      'ok',             'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['DELETE /api/v1/customers/{id}/contacts/{contactId}', 'dept',       '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['DELETE /api/v1/customers/{id}/contacts/{contactId}', 'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['DELETE /api/v1/customers/{id}/contacts/{contactId}', 'secret',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['DELETE /api/v1/customers/{id}/contacts/{contactId}', 'granted',    '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/transactions',                          'own',        '401',      '403',      'ok',             'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/transactions',                          'dept',       '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/transactions',                          'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/transactions',                          'secret',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/transactions',                          'granted',    '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/contracts',                             'own',        '401',      '403',      'ok',             'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/contracts',                             'dept',       '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/contracts',                             'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/contracts',                             'secret',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/contracts',                             'granted',    '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/service-events',                        'own',        '401',      '403',      'ok',             'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/service-events',                        'dept',       '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/service-events',                        'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/service-events',                        'secret',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/service-events',                        'granted',    '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],

  // ── import (customers.import)
  ['POST /api/v1/customer-imports/preview',              '',           '401',      '403',      'ok',             '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/customer-imports/apply',                '',           '401',      '403',      'ok',             '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/customer-imports/errors',               '',           '401',      '403',      'ok',             '403',       '403',         '403',      '403',      '403',      '403'],
  ['GET /api/v1/customer-imports/template',              '',           '401',      '403',      'ok',             '403',       '403',         '403',      '403',      '403',      '403'],

  // ── 查阅申请: 秘密/机密 by a department manager over the requester's department, 绝密 by the executive
  ['GET /api/v1/access-requests',                        'mine',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/access-requests',                        'to_approve', '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/access-requests',                        'all',        '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/access-requests',                       '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       '403'],
  ['POST /api/v1/access-requests/{id}/approve',          'own',        '401',      '409',      '409',            '409',       '409',         '409',      '409',      '409',      'n/a'],
  ['POST /api/v1/access-requests/{id}/approve',          'dept',       '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/access-requests/{id}/approve',          'other',      '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/access-requests/{id}/approve',          'secret',     '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/access-requests/{id}/reject',           'own',        '401',      '409',      '409',            '409',       '409',         '409',      '409',      '409',      'n/a'],
  ['POST /api/v1/access-requests/{id}/reject',           'dept',       '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/access-requests/{id}/reject',           'other',      '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/access-requests/{id}/reject',           'secret',     '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/access-requests/{id}/revoke',           'own',        '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'n/a'],
  ['POST /api/v1/access-requests/{id}/revoke',           'dept',       '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/access-requests/{id}/revoke',           'other',      '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/access-requests/{id}/revoke',           'secret',     '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],

  // ── 客户等级申报: the account manager asks for own customers; the department manager (within scope), then the executive
  ['POST /api/v1/grade-requests',                        'own',        '401',      '403',      'ok',             '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/grade-requests',                        'dept',       '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/grade-requests',                        'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/grade-requests',                        'secret',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/grade-requests',                        'granted',    '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/grade-figures',           'own',        '401',      '403',      'ok',             '403',       '403',         '403',      '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/grade-figures',           'dept',       '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/grade-figures',           'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/grade-figures',           'secret',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['GET /api/v1/customers/{id}/grade-figures',           'granted',    '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['GET /api/v1/grade-requests',                         'mine',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       '403'],
  ['GET /api/v1/grade-requests',                         'moved',      '401',      'unlisted', 'masked',         'unlisted',  'unlisted',    'unlisted', 'unlisted', 'unlisted', '403'],
  ['GET /api/v1/grade-requests',                         'own',        '401',      '403',      '403',            '403',       'full',        'full',     '403',      '403',      '403'],
  ['GET /api/v1/grade-requests',                         'dept',       '401',      '403',      '403',            '403',       'full',        'full',     '403',      '403',      '403'],
  ['GET /api/v1/grade-requests',                         'other',      '401',      '403',      '403',            '403',       'unlisted',    'full',     '403',      '403',      '403'],
  ['GET /api/v1/grade-requests',                         'secret',     '401',      '403',      '403',            '403',       'unlisted',    'full',     '403',      '403',      '403'],
  ['GET /api/v1/grade-requests',                         'granted',    '401',      '403',      '403',            '403',       'unlisted',    'full',     '403',      '403',      '403'],
  ['POST /api/v1/grade-requests/{id}/approve',           'dept',       '401',      '403',      '403',            '403',       'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/grade-requests/{id}/approve',           'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/grade-requests/{id}/approve',           'final',      '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/grade-requests/{id}/reject',            'dept',       '401',      '403',      '403',            '403',       'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/grade-requests/{id}/reject',            'other',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/grade-requests/{id}/reject',            'final',      '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['GET /api/v1/reports/key-accounts',                   '',           '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['GET /api/v1/reports/key-accounts/export',            '',           '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],

  // ── 导出申请: customers.export asks; a department manager over the requester's department or the executive approves; the requester alone downloads
  ['GET /api/v1/export-requests',                        'mine',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/export-requests',                        'to_approve', '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/export-requests',                       '',           '401',      '403',      'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/export-requests/{id}/approve',          'dept',       '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/export-requests/{id}/approve',          'other',      '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/export-requests/{id}/reject',           'dept',       '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/export-requests/{id}/reject',           'other',      '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['GET /api/v1/export-requests/{id}/download',          'own',        '401',      'n/a',      'ok',             'ok',        'ok',          'ok',       'n/a',      'n/a',      'n/a'],
  ['GET /api/v1/export-requests/{id}/download',          'other',      '401',      '404',      '404',            '404',       '404',         '404',      '404',      '404',      '404'],

  // ── 数据销毁: administrators list and ask, the executive decides
  ['GET /api/v1/data-retention/due',                     '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['GET /api/v1/data-retention/requests',                '',           '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      'ok'],
  ['POST /api/v1/data-retention/requests',               '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['POST /api/v1/data-retention/requests/{id}/approve',  '',           '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/data-retention/requests/{id}/reject',   '',           '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],

  // 回访设置: read by everyone signed in (the worklist and the rules show them); kept by who keeps the rules
  ['GET /api/v1/settings/followups',                    '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['PUT /api/v1/settings/followups',                    '',           '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      'ok'],

  // ── 后台任务: the administrator's, like the other settings
  ['GET /api/v1/jobs',                                   '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['POST /api/v1/jobs/{name}/run',                       '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],

  // ── 节假日与工作时间: everyone reads the calendar (deadlines are computed on it); the administrator keeps it
  ['GET /api/v1/calendar/add-working-days',              '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/calendar/years',                         '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/calendar/years/{year}',                  '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/calendar/hours',                         '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['PUT /api/v1/calendar/years/{year}',                  '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['DELETE /api/v1/calendar/years/{year}',               '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['POST /api/v1/calendar/parse',                        '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['PUT /api/v1/calendar/hours',                         '',           '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],

  // ── 回访规则: the company's policy, read by all; kept by the administrator, department managers and the executive
  ['GET /api/v1/followup-rules',                        '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/followup-rules/{id}',                   '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['POST /api/v1/followup-rules',                       '',           '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      'ok'],
  ['PUT /api/v1/followup-rules/{id}',                   '',           '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      'ok'],
  ['POST /api/v1/followup-rules/{id}/activate',         '',           '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      'ok'],
  ['POST /api/v1/followup-rules/{id}/deactivate',       '',           '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      'ok'],
  ['POST /api/v1/followup-rules/preview',               '',           '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      'ok'],
  ['GET /api/v1/followup-presets',                      '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['POST /api/v1/followup-presets/{key}/install',       '',           '401',      '403',      '403',            '403',       'ok',          'ok',       '403',      '403',      'ok'],
  // 回访任务: those who work or assign follow-ups (their own, and their data scope's)
  ['GET /api/v1/followup-tasks',                        '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  // 工作台: one's own worklist (those who work follow-ups); the team's days for those who assign work
  ['GET /api/v1/worklist',                              '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/worklist/team',                         '',           '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  // 回访日历: one's own month; a team member's (dept: `colleague`, 销售部) or the whole team's for those who assign
  // work; someone outside the caller's scope (other: `otherAm`, 客户服务部) is not on their team
  ['GET /api/v1/worklist/calendar',                     '',           '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/worklist/calendar',                     'dept',       '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['GET /api/v1/worklist/calendar',                     'other',      '401',      '403',      '403',            '400',       '400',         '403',      '403',      '403',      '403'],
  ['GET /api/v1/worklist/calendar',                     'team',       '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  // A task (assigned to nobody's colleague) is opened and worked by those whose scope holds its customer;
  // reassigned by those who assign work, within their scope, to someone in it (here: `colleague`, 销售部)
  ['GET /api/v1/followup-tasks/{id}',                   'own',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/followup-tasks/{id}',                   'other',     '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/followup-tasks/{id}/attempts',         'own',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/followup-tasks/{id}/attempts',         'other',     '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/followup-tasks/{id}/reassign',         'own',       '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/followup-tasks/{id}/reassign',         'other',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  // 回访记录: logged on customers within one's reach (or one's own task); read by the writer and those in reach
  ['POST /api/v1/followup-records',                     'own',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/followup-records',                     'other',     '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['GET /api/v1/followup-records',                      '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  // Only its author corrects a record (own: the caller's record; dept: `colleague`'s)
  ['PUT /api/v1/followup-records/{id}',                 'own',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['PUT /api/v1/followup-records/{id}',                 'dept',      '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  // 主管审核: reviewers (records.review) over the record's author (dept: `colleague`, 销售部; other: `otherAm`)
  ['POST /api/v1/followup-records/{id}/approve',        'dept',      '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/followup-records/{id}/approve',        'other',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  ['POST /api/v1/followup-records/{id}/return',         'dept',      '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/followup-records/{id}/return',         'other',     '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      '403'],
  // Actions from a record (转研发 …): its author, or whoever reaches its customer
  ['POST /api/v1/followup-records/{id}/actions',        'own',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/followup-records/{id}/actions',        'other',     '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  // 问题与投诉: registered by whoever works with customers; read within one's data scope (own: an issue of the own
  // customer, owned by its account manager in 销售部; other: owned by `otherAm` in 客户服务部); moved by handlers
  ['GET /api/v1/issues',                                '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issues',                               'own',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/issues/{id}',                           'own',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/issues/{id}',                           'other',     '401',      '404',      '404',            '404',       '404',         'ok',       '403',      '403',      '403'],
  ['PATCH /api/v1/issues/{id}',                          'own',       '401',      '403',      'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['PATCH /api/v1/issues/{id}',                          'other',     '401',      '403',      '404',            '404',       '404',         'ok',       '403',      '403',      '403'],
  // SLA 策略: read by issue workers and the administrator; saved by the administrator
  ['GET /api/v1/sla-policies',                          '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      'ok'],
  ['PUT /api/v1/sla-policies',                          '',          '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['POST /api/v1/issues/{id}/transitions',              'own',       '401',      '403',      'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issues/{id}/transitions',              'other',     '401',      '403',      '404',            '404',       '404',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issues/{id}/duplicate-of',             'own',       '401',      '403',      'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/open-letters',                         'own',       '401',      '403',      'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issues/{id}/progress',                 'own',       '401',      '403',      'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issues/{id}/progress',                 'other',     '401',      '403',      '404',            '404',       '404',         'ok',       '403',      '403',      '403'],
  // 处理方案: submitted by handlers on an issue they reach; approved by a leader over whoever submitted it
  // (dept: a plan by `colleague` in 销售部; other: by `otherAm` in 客户服务部)
  ['POST /api/v1/issues/{id}/plans',                    'own',       '401',      '403',      'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issues/{id}/plans',                    'other',     '401',      '403',      '404',            '404',       '404',         'ok',       '403',      '403',      '403'],
  ['GET /api/v1/issue-plans',                           'mine',      '401',      '403',      'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/issue-plans',                           'to_approve', '401',     '403',      '403',            'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/issue-plans',                           'all',       '401',      '403',      '403',            'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issue-plans/{id}/approve',             'dept',      '401',      '403',      '403',            'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issue-plans/{id}/approve',             'other',     '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issue-plans/{id}/reject',              'dept',      '401',      '403',      '403',            'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issue-plans/{id}/reject',              'other',     '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issues/{id}/pause',                    'own',       '401',      '403',      'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issues/{id}/resume',                   'own',       '401',      '403',      'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  // 问题附件: read and attached by whoever reaches the issue (404 beyond it); removed by the uploader (the executive
  // here) or those who escalate issues
  ['GET /api/v1/issues/{id}/attachments',               'own',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/issues/{id}/attachments',               'other',     '401',      '404',      '404',            '404',       '404',         'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issues/{id}/attachments',              'own',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/issues/{id}/attachments',              'other',     '401',      '404',      '404',            '404',       '404',         'ok',       '403',      '403',      '403'],
  ['GET /api/v1/issues/{id}/attachments/{attachmentId}', 'own',      '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/issues/{id}/attachments/{attachmentId}', 'other',    '401',      '404',      '404',            '404',       '404',         'ok',       '403',      '403',      '403'],
  ['DELETE /api/v1/issues/{id}/attachments/{attachmentId}', 'own',   '401',      '403',      '403',            'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['DELETE /api/v1/issues/{id}/attachments/{attachmentId}', 'other', '401',      '404',      '404',            '404',       '404',         'ok',       '403',      '403',      '403'],
  // 知识库: read by whoever works issues, written by those who handle them
  ['GET /api/v1/knowledge-articles',                    '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['POST /api/v1/knowledge-articles',                   '',          '401',      '403',      'ok',             'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['GET /api/v1/knowledge-articles/{id}',               '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['PUT /api/v1/knowledge-articles/{id}',               '',          '401',      '403',      'ok',             'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['POST /api/v1/issues/suggestions',                   '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  // 超时看板: whoever handles escalations (supervisors, department managers, executives), within their data scope
  ['GET /api/v1/issues/breach-board',                   '',          '401',      '403',      '403',            'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/issues/breach-board/export',            '',          '401',      '403',      '403',            'ok',        'ok',          'ok',       '403',      '403',      '403'],
  // 消息: everyone signed in has their own; the mail outbox is the administrator's
  ['GET /api/v1/notifications',                         '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/notifications/stream',                  '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['POST /api/v1/notifications/{id}/read',              '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['POST /api/v1/notifications/read-all',               '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/notification-preferences',              '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['PUT /api/v1/notification-preferences',              '',          '401',      'ok',       'ok',             'ok',        'ok',          'ok',       'ok',       'ok',       'ok'],
  ['GET /api/v1/email-outbox',                          '',          '401',      '403',      '403',            '403',       '403',         '403',      '403',      '403',      'ok'],
  ['GET /api/v1/record-reviews',                        '',          '401',      '403',      '403',            'ok',        'ok',          '403',      '403',      '403',      '403'],
  ['GET /api/v1/followup-records/{id}',                 'own',       '401',      'ok',       'ok',             'ok',        'ok',          'ok',       '403',      '403',      '403'],
  ['GET /api/v1/followup-records/{id}',                 'other',     '401',      '403',      '403',            '403',       '403',         'ok',       '403',      '403',      '403'],
];

/** A cell of the matrix the code gets wrong today. The matrix keeps the correct answer; the test asserts that
 *  these cells still fail, so fixing a bug forces its entry out of this list. */
export interface KnownFailure {
  route: string;
  kase: string;
  role: Column;
  bug: string;
}

export const KNOWN_FAILURES: readonly KnownFailure[] = [
  // Both separation-of-duties holes the matrix found (an admin granting themselves a data role, and widening
  // the admin role to customer data) are refused now: 400 naming `roles` / `permissions`.
];
