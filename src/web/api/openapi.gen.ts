// Generated from the server's OpenAPI document by `npm run api:types` (src/server/openapi/web-types.ts).
// Do not edit: change the route's schema and run it again; a test fails while this file is behind.
/* biome-ignore-all lint: generated */
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: {
                                kind: string;
                                latencyMs: number;
                                reachable: boolean;
                            };
                            /** @enum {unknown} */
                            status: "ok" | "degraded";
                            uptimeSeconds: number;
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: {
                                kind: string;
                                latencyMs: number;
                                reachable: boolean;
                            };
                            /** @enum {unknown} */
                            status: "ok" | "degraded";
                            uptimeSeconds: number;
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查阅申请：我的申请 (box=mine)、待我审批 (box=to_approve)、全部 (box=all) */
        get: {
            parameters: {
                query?: {
                    box?: "mine" | "to_approve" | "all";
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "approved" | "rejected" | "revoked";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                customers: {
                                    code: string;
                                    id: number;
                                    name: string;
                                }[];
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                decisionComment: string | null;
                                durationDays: number;
                                /** Format: date-time */
                                expiresAt: string | null;
                                id: number;
                                /**
                                 * @description 秘密 / 机密 / 绝密
                                 * @enum {unknown}
                                 */
                                level: "secret" | "confidential" | "top_secret";
                                levelLabel: string;
                                purpose: string;
                                reason: string;
                                requesterDepartmentName: string | null;
                                requesterId: number;
                                requesterName: string;
                                /**
                                 * @description expired: the grant ran out, or nobody decided in time
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "revoked" | "expired" | "withdrawn";
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 提交查阅申请（审批人按密级配置：默认秘密/机密由部门经理、绝密由总经理审批） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerIds: number[];
                        durationDays: number;
                        /**
                         * @description 秘密 / 机密 / 绝密
                         * @enum {unknown}
                         */
                        level: "secret" | "confidential" | "top_secret";
                        purpose: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            customers: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decisionComment: string | null;
                            durationDays: number;
                            /** Format: date-time */
                            expiresAt: string | null;
                            id: number;
                            /**
                             * @description 秘密 / 机密 / 绝密
                             * @enum {unknown}
                             */
                            level: "secret" | "confidential" | "top_secret";
                            levelLabel: string;
                            purpose: string;
                            reason: string;
                            requesterDepartmentName: string | null;
                            requesterId: number;
                            requesterName: string;
                            /**
                             * @description expired: the grant ran out, or nobody decided in time
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "revoked" | "expired" | "withdrawn";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准本级（授权到期自动失效） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            customers: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decisionComment: string | null;
                            durationDays: number;
                            /** Format: date-time */
                            expiresAt: string | null;
                            id: number;
                            /**
                             * @description 秘密 / 机密 / 绝密
                             * @enum {unknown}
                             */
                            level: "secret" | "confidential" | "top_secret";
                            levelLabel: string;
                            purpose: string;
                            reason: string;
                            requesterDepartmentName: string | null;
                            requesterId: number;
                            requesterName: string;
                            /**
                             * @description expired: the grant ran out, or nobody decided in time
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "revoked" | "expired" | "withdrawn";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回（须填写原因） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            customers: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decisionComment: string | null;
                            durationDays: number;
                            /** Format: date-time */
                            expiresAt: string | null;
                            id: number;
                            /**
                             * @description 秘密 / 机密 / 绝密
                             * @enum {unknown}
                             */
                            level: "secret" | "confidential" | "top_secret";
                            levelLabel: string;
                            purpose: string;
                            reason: string;
                            requesterDepartmentName: string | null;
                            requesterId: number;
                            requesterName: string;
                            /**
                             * @description expired: the grant ran out, or nobody decided in time
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "revoked" | "expired" | "withdrawn";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 收回已批准的授权 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            customers: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            decisionComment: string | null;
                            durationDays: number;
                            /** Format: date-time */
                            expiresAt: string | null;
                            id: number;
                            /**
                             * @description 秘密 / 机密 / 绝密
                             * @enum {unknown}
                             */
                            level: "secret" | "confidential" | "top_secret";
                            levelLabel: string;
                            purpose: string;
                            reason: string;
                            requesterDepartmentName: string | null;
                            requesterId: number;
                            requesterName: string;
                            /**
                             * @description expired: the grant ran out, or nobody decided in time
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "revoked" | "expired" | "withdrawn";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志（新的在前） */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: number;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    targetId?: string;
                    targetType?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId: number | null;
                                actorName: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                id: number;
                                ip: string | null;
                                /** Format: date-time */
                                occurredAt: string;
                                targetCode: string | null;
                                targetId: string | null;
                                targetName: string | null;
                                targetType: string | null;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出审计日志 (.xlsx，最多 50 000 行) */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorId?: number;
                    from?: string;
                    targetId?: string;
                    targetType?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description .xlsx file, named in Content-Disposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验审计日志哈希链（含外部检查点） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brokenAt?: {
                                id: number;
                                reason: string;
                            };
                            checked: number;
                            checkpoint: {
                                /** Format: date-time */
                                at?: string;
                                count?: number;
                                eventsAfter?: number;
                                lastId?: number;
                                /**
                                 * @description verified: the signed checkpoint outside the database matches; missing: none found; tampered: its signature does not match; head_missing/head_mismatch/count_mismatch: events it names were removed or rewritten
                                 * @enum {unknown}
                                 */
                                status: "verified" | "missing" | "tampered" | "head_missing" | "head_mismatch" | "count_mismatch";
                            };
                            ok: boolean;
                            unkeyedThrough?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录（设置会话 Cookie） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                dataScope: string;
                                departmentId: number | null;
                                displayName: string;
                                id: number;
                                /**
                                 * @description 账号的语言（邮件、通知按此书写）
                                 * @enum {unknown}
                                 */
                                locale: "zh-CN" | "en";
                                mustChangePassword: boolean;
                                permissions: string[];
                                roles: string[];
                                /** @description 公司时区（截止时间、回访时间按此显示） */
                                timeZone: string;
                                username: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataScope: string;
                            departmentId: number | null;
                            displayName: string;
                            id: number;
                            /**
                             * @description 账号的语言（邮件、通知按此书写）
                             * @enum {unknown}
                             */
                            locale: "zh-CN" | "en";
                            mustChangePassword: boolean;
                            permissions: string[];
                            roles: string[];
                            /** @description 公司时区（截止时间、回访时间按此显示） */
                            timeZone: string;
                            username: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存自己的界面语言（消息邮件按此语言发送） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        locale: "zh-CN" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {unknown} */
                            locale: "zh-CN" | "en";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改自己的密码（其他会话随之退出，API 令牌全部失效；须登录会话） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的 API 令牌（须登录会话） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                expiresAt: string | null;
                                id: number;
                                /** Format: date-time */
                                lastUsedAt: string | null;
                                name: string;
                                prefix: string;
                                /** Format: date-time */
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 创建 API 令牌（令牌只显示这一次；须登录会话，令牌不能创建令牌） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresInDays?: number;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            id: number;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            name: string;
                            prefix: string;
                            /** Format: date-time */
                            revokedAt: string | null;
                        } & {
                            token: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 吊销 API 令牌（令牌只能吊销自己，其余须登录会话） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/add-working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某日之后第 N 个工作日（按法定节假日与调休；covered=false 表示用到了无人录入的年份） */
        get: {
            parameters: {
                query: {
                    days: number;
                    /** @description YYYY-MM-DD */
                    from: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            covered: boolean;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            date: string;
                            uncoveredYears: number[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办公时间、午休、外呼时段、休息时段与优先联系时段 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            callingHours: {
                                /** @description HH:MM */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            };
                            lunchBreak: {
                                /** @description HH:MM */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            } | null;
                            preferredWindows: {
                                /** @description HH:MM */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                            restHours: {
                                /** @description HH:MM */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                            workingHours: {
                                /** @description HH:MM */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 修改公司工作与联系时段 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        callingHours: {
                            /** @description HH:MM */
                            end: string;
                            /** @description HH:MM */
                            start: string;
                        };
                        lunchBreak: {
                            /** @description HH:MM */
                            end: string;
                            /** @description HH:MM */
                            start: string;
                        } | null;
                        preferredWindows: {
                            /** @description HH:MM */
                            end: string;
                            /** @description HH:MM */
                            start: string;
                        }[];
                        restHours: {
                            /** @description HH:MM */
                            end: string;
                            /** @description HH:MM */
                            start: string;
                        }[];
                        workingHours: {
                            /** @description HH:MM */
                            end: string;
                            /** @description HH:MM */
                            start: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            callingHours: {
                                /** @description HH:MM */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            };
                            lunchBreak: {
                                /** @description HH:MM */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            } | null;
                            preferredWindows: {
                                /** @description HH:MM */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                            restHours: {
                                /** @description HH:MM */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            }[];
                            workingHours: {
                                /** @description HH:MM */
                                end: string;
                                /** @description HH:MM */
                                start: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/parse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 识别国务院节假日通知文本或 .ics 日历文件（只识别，不保存） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        format: "notice" | "ics";
                        text: string;
                        year?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            arrangements: {
                                holidays: string[];
                                workdays: string[];
                                year: number;
                            }[];
                            /** @description 含日期但未能识别为放假或上班的句子 */
                            unread: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度节假日安排：每年的来源与天数 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                hasStatutory: boolean;
                                holidayCount: number;
                                note: string | null;
                                /**
                                 * @description statutory 内置法定安排；admin 管理员录入；uncovered 无人录入（仅按周末计算）
                                 * @enum {unknown}
                                 */
                                source: "statutory" | "admin" | "uncovered";
                                /** Format: date-time */
                                updatedAt: string | null;
                                updatedByName: string | null;
                                workdayCount: number;
                                year: number;
                            }[];
                            /** @description 今年与明年中无人录入的年份 */
                            missingYears: number[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年的放假日与调休上班日 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hasStatutory: boolean;
                            holidays: string[];
                            note: string | null;
                            /**
                             * @description statutory 内置法定安排；admin 管理员录入；uncovered 无人录入（仅按周末计算）
                             * @enum {unknown}
                             */
                            source: "statutory" | "admin" | "uncovered";
                            workdays: string[];
                            year: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 录入或修改某年的节假日安排（取代内置数据） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 放假日 */
                        holidays: string[];
                        /** @description 依据，如国务院通知文号 */
                        note?: string | null;
                        /** @description 调休上班日 */
                        workdays: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hasStatutory: boolean;
                            holidays: string[];
                            note: string | null;
                            /**
                             * @description statutory 内置法定安排；admin 管理员录入；uncovered 无人录入（仅按周末计算）
                             * @enum {unknown}
                             */
                            source: "statutory" | "admin" | "uncovered";
                            workdays: string[];
                            year: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        /** 删除手工录入的安排（恢复内置法定数据或“未录入”） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hasStatutory: boolean;
                            holidays: string[];
                            note: string | null;
                            /**
                             * @description statutory 内置法定安排；admin 管理员录入；uncovered 无人录入（仅按周末计算）
                             * @enum {unknown}
                             */
                            source: "statutory" | "admin" | "uncovered";
                            workdays: string[];
                            year: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记合同 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount?: (string | number) | (never | null);
                        contractNo?: string | null;
                        customerId: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: string | null;
                            contractNo: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            endsOn: string;
                            id: number;
                            startsOn: string;
                            title: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-imports/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 执行导入：通过的行在一个事务中写入
         * @description Request body: the file itself (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv), at most 30 MiB. With Accept: application/x-ndjson the answer is newline-delimited JSON: progress lines {type:'progress',done,total,phase}, then {type:'result',result} or {type:'error',problem}.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The row the header was found in (a title or 填表人 line may come first) */
                            headerLine: number;
                            /** @description What the 总表’s follow-up columns bring (new ones only: a re-import brings none): the preview counts what applying would create, the apply what it created */
                            history: {
                                /** @description 问题状态未解决：待立案的问题（issue_requested） */
                                issues: number;
                                /** @description 导入的最近回访记录（已审核） */
                                records: number;
                                /** @description 按下次计划沟通时间生成的回访任务 */
                                tasks: number;
                            };
                            /** @description Rows after the header that are no customer, left out */
                            ignored: {
                                count: number;
                                /**
                                 * @description 空行 / 说明行 / 合计行
                                 * @enum {unknown}
                                 */
                                kind: "blank" | "note" | "total";
                                /** @description The first 50 of them */
                                lines: number[];
                            }[];
                            rows: {
                                /** @enum {unknown} */
                                action: "create" | "update" | "unchanged" | "skip" | "reject";
                                code: string | null;
                                errors: {
                                    /** @enum {unknown} */
                                    code: "required" | "tooLong" | "badCode" | "badKind" | "lostByHand" | "badStatus" | "badTier" | "badAmount" | "badYesNo" | "badMobile" | "twoMobiles" | "badPhoneNumber" | "badLandline" | "badEmail" | "badQq" | "badDate" | "badMethod" | "badSatisfaction" | "badIssueStatus" | "lastContactRequired" | "inFuture" | "beforeLastContact" | "duplicateRow" | "unknownOwner" | "unknownCode" | "outOfReach" | "masked" | "tierFromSheet" | "tierByAmount" | "tierNotImported" | "dncNotImported";
                                    /** @description The column as the sheet names it */
                                    column: string;
                                    /** @description The field the column was read as */
                                    field?: string;
                                    /** @description In Chinese, the sheet’s language */
                                    message: string;
                                    params: {
                                        [key: string]: string;
                                    };
                                }[];
                                line: number;
                                name: string;
                                /** @description What the row leaves out or decides on its own (已脱敏，跳过; a tier taken as set by hand) */
                                notes: {
                                    /** @enum {unknown} */
                                    code: "required" | "tooLong" | "badCode" | "badKind" | "lostByHand" | "badStatus" | "badTier" | "badAmount" | "badYesNo" | "badMobile" | "twoMobiles" | "badPhoneNumber" | "badLandline" | "badEmail" | "badQq" | "badDate" | "badMethod" | "badSatisfaction" | "badIssueStatus" | "lastContactRequired" | "inFuture" | "beforeLastContact" | "duplicateRow" | "unknownOwner" | "unknownCode" | "outOfReach" | "masked" | "tierFromSheet" | "tierByAmount" | "tierNotImported" | "dncNotImported";
                                    /** @description In Chinese, the sheet’s language */
                                    message: string;
                                    params: {
                                        [key: string]: string;
                                    };
                                }[];
                            }[];
                            summary: {
                                create: number;
                                reject: number;
                                /** @description 已脱敏，跳过: rows whose contact data or amount the exporter saw masked */
                                skip: number;
                                unchanged: number;
                                update: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-imports/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 错误报告：被拒绝的每一行及原因 (.xlsx) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description .xlsx file, named in Content-Disposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入预检：逐行说明将新建、更新、不变或拒绝（不写入）
         * @description Request body: the file itself (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or text/csv), at most 30 MiB. With Accept: application/x-ndjson the answer is newline-delimited JSON: progress lines {type:'progress',done,total,phase}, then {type:'result',result} or {type:'error',problem}.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The row the header was found in (a title or 填表人 line may come first) */
                            headerLine: number;
                            /** @description What the 总表’s follow-up columns bring (new ones only: a re-import brings none): the preview counts what applying would create, the apply what it created */
                            history: {
                                /** @description 问题状态未解决：待立案的问题（issue_requested） */
                                issues: number;
                                /** @description 导入的最近回访记录（已审核） */
                                records: number;
                                /** @description 按下次计划沟通时间生成的回访任务 */
                                tasks: number;
                            };
                            /** @description Rows after the header that are no customer, left out */
                            ignored: {
                                count: number;
                                /**
                                 * @description 空行 / 说明行 / 合计行
                                 * @enum {unknown}
                                 */
                                kind: "blank" | "note" | "total";
                                /** @description The first 50 of them */
                                lines: number[];
                            }[];
                            rows: {
                                /** @enum {unknown} */
                                action: "create" | "update" | "unchanged" | "skip" | "reject";
                                code: string | null;
                                errors: {
                                    /** @enum {unknown} */
                                    code: "required" | "tooLong" | "badCode" | "badKind" | "lostByHand" | "badStatus" | "badTier" | "badAmount" | "badYesNo" | "badMobile" | "twoMobiles" | "badPhoneNumber" | "badLandline" | "badEmail" | "badQq" | "badDate" | "badMethod" | "badSatisfaction" | "badIssueStatus" | "lastContactRequired" | "inFuture" | "beforeLastContact" | "duplicateRow" | "unknownOwner" | "unknownCode" | "outOfReach" | "masked" | "tierFromSheet" | "tierByAmount" | "tierNotImported" | "dncNotImported";
                                    /** @description The column as the sheet names it */
                                    column: string;
                                    /** @description The field the column was read as */
                                    field?: string;
                                    /** @description In Chinese, the sheet’s language */
                                    message: string;
                                    params: {
                                        [key: string]: string;
                                    };
                                }[];
                                line: number;
                                name: string;
                                /** @description What the row leaves out or decides on its own (已脱敏，跳过; a tier taken as set by hand) */
                                notes: {
                                    /** @enum {unknown} */
                                    code: "required" | "tooLong" | "badCode" | "badKind" | "lostByHand" | "badStatus" | "badTier" | "badAmount" | "badYesNo" | "badMobile" | "twoMobiles" | "badPhoneNumber" | "badLandline" | "badEmail" | "badQq" | "badDate" | "badMethod" | "badSatisfaction" | "badIssueStatus" | "lastContactRequired" | "inFuture" | "beforeLastContact" | "duplicateRow" | "unknownOwner" | "unknownCode" | "outOfReach" | "masked" | "tierFromSheet" | "tierByAmount" | "tierNotImported" | "dncNotImported";
                                    /** @description In Chinese, the sheet’s language */
                                    message: string;
                                    params: {
                                        [key: string]: string;
                                    };
                                }[];
                            }[];
                            summary: {
                                create: number;
                                reject: number;
                                /** @description 已脱敏，跳过: rows whose contact data or amount the exporter saw masked */
                                skip: number;
                                unchanged: number;
                                update: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customer-imports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载导入模板 (.xlsx) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description .xlsx file, named in Content-Disposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 客户列表（筛选、关键字搜索、键集分页；范围外数据脱敏） */
        get: {
            parameters: {
                query?: {
                    city?: string;
                    cursor?: string;
                    doNotContact?: boolean;
                    /** @description 回访：overdue 已逾期 / due7 7 天内到期 / never 从未回访 */
                    followup?: "overdue" | "due7" | "never";
                    industry?: string;
                    /** @description 企业 / 个人 / 加盟商 / 散批商 */
                    kind?: "enterprise" | "individual" | "franchisee" | "wholesale";
                    limit?: number;
                    /** @description 我的客户：本人负责或作为坐席服务的客户（客户经理、坐席的默认筛选） */
                    mine?: boolean;
                    ownerId?: number;
                    province?: string;
                    /** @description name, short name, code; contact name or exact mobile */
                    q?: string;
                    /** @description name | code | createdAt, "-" for descending */
                    sort?: string;
                    /** @description not verified within N days (30 = stale) */
                    staleDays?: number;
                    /** @description 潜在 / 合作中 / 流失 */
                    status?: "prospect" | "active" | "lost";
                    tag?: string;
                    tier?: "A" | "B" | "C" | "D";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                agentId: number | null;
                                agentName: string | null;
                                city: string | null;
                                code: string;
                                /** Format: date-time */
                                createdAt: string;
                                district: string | null;
                                doNotContact: boolean;
                                /** @description 查看者无权查看的字段（值为 null 但并非为空）→ 查阅申请需开放的密级 (secret 秘密 / confidential 机密 / top_secret 绝密) */
                                hidden: {
                                    [key: string]: "secret" | "confidential" | "top_secret";
                                };
                                id: number;
                                industry: string | null;
                                kind: string | null;
                                /** @description 客户反馈 */
                                lastFeedback: string | null;
                                /** Format: date-time */
                                lastFollowupAt: string | null;
                                /** @description 回访方式 */
                                lastFollowupMethod: string | null;
                                /** @description 回访摘要 */
                                lastFollowupSummary: string | null;
                                /** @description 满意度 1–5 */
                                lastSatisfaction: number | null;
                                name: string;
                                needType: string | null;
                                /** Format: date-time */
                                nextFollowupAt: string | null;
                                ownerId: number | null;
                                ownerName: string | null;
                                primaryContactMobile: string | null;
                                primaryContactName: string | null;
                                province: string | null;
                                shortName: string | null;
                                stale: boolean | null;
                                status: string | null;
                                tags: string[] | null;
                                tier: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: date-time */
                                verifiedAt: string | null;
                                version: number;
                                visibility: {
                                    /** @enum {unknown} */
                                    confidential: "full" | "masked" | "hidden";
                                    /** @enum {unknown} */
                                    secret: "full" | "masked" | "hidden";
                                    /** @enum {unknown} */
                                    topSecret: "full" | "masked" | "hidden";
                                };
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 新建客户（可同时录入联系人；重名或同手机号时 409） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        /** @description 年龄（仅个人客户），整岁 1–120；按出生年份保存 */
                        age?: number | null;
                        agentId?: number | null;
                        /** @description create even if the same name or mobile exists */
                        allowDuplicate?: boolean;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        anniversaryOn?: string | null;
                        /** @description CNY yuan as a decimal string ("500000.00") or number */
                        annualAmount?: string | number;
                        annualRevenue?: (string | number) | (never | null);
                        city?: string | null;
                        contacts?: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            birthday?: string | null;
                            /** Format: email */
                            email?: string | null;
                            isPrimary?: boolean;
                            mobile?: string | null;
                            name: string;
                            phone?: string | null;
                            position?: string | null;
                            qq?: string | null;
                            roleKind?: ("equipment" | "technical" | "admin" | "user" | "business") | (never | null);
                            wechat?: string | null;
                        }[];
                        cooperationFrequency?: string | null;
                        district?: string | null;
                        dncReason?: string | null;
                        doNotContact?: boolean;
                        employees?: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        firstCooperationOn?: string | null;
                        /** @description 该客户每周最多主动联系次数（低于公司上限时生效；0 为不主动联系，服务回访不受影响） */
                        followupWeeklyCap?: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        foundedOn?: string | null;
                        /** @description 性别（仅个人客户）：male 男 / female 女 */
                        gender?: string | null;
                        idNumber?: string | null;
                        industry?: string | null;
                        /**
                         * @description 企业 / 个人 / 加盟商 / 散批商
                         * @enum {unknown}
                         */
                        kind?: "enterprise" | "individual" | "franchisee" | "wholesale";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        lostOn?: string | null;
                        lostReason?: string | null;
                        membershipNo?: string | null;
                        name: string;
                        needType?: ("采购型" | "服务型" | "咨询型") | (never | null);
                        ownerId?: number | null;
                        /** @description 偏好联系渠道：E-mail / 上门拜访 / 普通信件 / 电话联系 / 传真 / 其他 */
                        preferredChannel?: string | null;
                        /** @description 偏好回访方式：上门回访 / 电话沟通 / 其他 */
                        preferredMethod?: string | null;
                        preferredWindow?: string | null;
                        products?: string | null;
                        prospects?: number | null;
                        province?: string | null;
                        remark?: string | null;
                        shortName?: string | null;
                        source?: string | null;
                        /**
                         * @description 潜在 / 合作中 / 流失
                         * @enum {unknown}
                         */
                        status?: "prospect" | "active" | "lost";
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            /** @description 年龄（仅个人客户），由出生年份算得 */
                            age: number | null;
                            agentId: number | null;
                            agentName: string | null;
                            anniversaryOn: string | null;
                            annualAmount: string | null;
                            annualRevenue: string | null;
                            city: string | null;
                            code: string;
                            cooperationFrequency: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            district: string | null;
                            dncReason: string | null;
                            /** Format: date-time */
                            dncSetAt: string | null;
                            dncSetByName: string | null;
                            doNotContact: boolean;
                            employees: number | null;
                            firstCooperationOn: string | null;
                            followupWeeklyCap: number | null;
                            foundedOn: string | null;
                            /** @description 性别（仅个人客户）：male / female */
                            gender: string | null;
                            /** @description 查看者无权查看的字段（值为 null 但并非为空）→ 查阅申请需开放的密级 (secret 秘密 / confidential 机密 / top_secret 绝密) */
                            hidden: {
                                [key: string]: "secret" | "confidential" | "top_secret";
                            };
                            id: number;
                            idNumber: string | null;
                            industry: string | null;
                            kind: string | null;
                            /** @description 客户反馈 */
                            lastFeedback: string | null;
                            /** Format: date-time */
                            lastFollowupAt: string | null;
                            /** @description 回访方式 */
                            lastFollowupMethod: string | null;
                            /** @description 回访摘要 */
                            lastFollowupSummary: string | null;
                            /** @description 满意度 1–5 */
                            lastSatisfaction: number | null;
                            lostOn: string | null;
                            lostReason: string | null;
                            membershipNo: string | null;
                            name: string;
                            needType: string | null;
                            /** Format: date-time */
                            nextFollowupAt: string | null;
                            ownerId: number | null;
                            ownerName: string | null;
                            preferredChannel: string | null;
                            preferredMethod: string | null;
                            preferredWindow: string | null;
                            products: string | null;
                            prospects: number | null;
                            province: string | null;
                            remark: string | null;
                            score: number | null;
                            shortName: string | null;
                            source: string | null;
                            stale: boolean | null;
                            status: string | null;
                            tags: string[] | null;
                            tier: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            version: number;
                            visibility: {
                                /** @enum {unknown} */
                                confidential: "full" | "masked" | "hidden";
                                /** @enum {unknown} */
                                secret: "full" | "masked" | "hidden";
                                /** @enum {unknown} */
                                topSecret: "full" | "masked" | "hidden";
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 客户详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            /** @description 年龄（仅个人客户），由出生年份算得 */
                            age: number | null;
                            agentId: number | null;
                            agentName: string | null;
                            anniversaryOn: string | null;
                            annualAmount: string | null;
                            annualRevenue: string | null;
                            city: string | null;
                            code: string;
                            cooperationFrequency: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            district: string | null;
                            dncReason: string | null;
                            /** Format: date-time */
                            dncSetAt: string | null;
                            dncSetByName: string | null;
                            doNotContact: boolean;
                            employees: number | null;
                            firstCooperationOn: string | null;
                            followupWeeklyCap: number | null;
                            foundedOn: string | null;
                            /** @description 性别（仅个人客户）：male / female */
                            gender: string | null;
                            /** @description 查看者无权查看的字段（值为 null 但并非为空）→ 查阅申请需开放的密级 (secret 秘密 / confidential 机密 / top_secret 绝密) */
                            hidden: {
                                [key: string]: "secret" | "confidential" | "top_secret";
                            };
                            id: number;
                            idNumber: string | null;
                            industry: string | null;
                            kind: string | null;
                            /** @description 客户反馈 */
                            lastFeedback: string | null;
                            /** Format: date-time */
                            lastFollowupAt: string | null;
                            /** @description 回访方式 */
                            lastFollowupMethod: string | null;
                            /** @description 回访摘要 */
                            lastFollowupSummary: string | null;
                            /** @description 满意度 1–5 */
                            lastSatisfaction: number | null;
                            lostOn: string | null;
                            lostReason: string | null;
                            membershipNo: string | null;
                            name: string;
                            needType: string | null;
                            /** Format: date-time */
                            nextFollowupAt: string | null;
                            ownerId: number | null;
                            ownerName: string | null;
                            preferredChannel: string | null;
                            preferredMethod: string | null;
                            preferredWindow: string | null;
                            products: string | null;
                            prospects: number | null;
                            province: string | null;
                            remark: string | null;
                            score: number | null;
                            shortName: string | null;
                            source: string | null;
                            stale: boolean | null;
                            status: string | null;
                            tags: string[] | null;
                            tier: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            version: number;
                            visibility: {
                                /** @enum {unknown} */
                                confidential: "full" | "masked" | "hidden";
                                /** @enum {unknown} */
                                secret: "full" | "masked" | "hidden";
                                /** @enum {unknown} */
                                topSecret: "full" | "masked" | "hidden";
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改客户（生命周期、免打扰、核定、负责人等） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        /** @description 年龄（仅个人客户），整岁 1–120；按出生年份保存 */
                        age?: number | null;
                        agentId?: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        anniversaryOn?: string | null;
                        /** @description CNY yuan as a decimal string ("500000.00") or number */
                        annualAmount?: string | number;
                        annualRevenue?: (string | number) | (never | null);
                        city?: string | null;
                        cooperationFrequency?: string | null;
                        district?: string | null;
                        dncReason?: string | null;
                        doNotContact?: boolean;
                        employees?: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        firstCooperationOn?: string | null;
                        /** @description 该客户每周最多主动联系次数（低于公司上限时生效；0 为不主动联系，服务回访不受影响） */
                        followupWeeklyCap?: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        foundedOn?: string | null;
                        /** @description 性别（仅个人客户）：male 男 / female 女 */
                        gender?: string | null;
                        idNumber?: string | null;
                        industry?: string | null;
                        /**
                         * @description 企业 / 个人 / 加盟商 / 散批商
                         * @enum {unknown}
                         */
                        kind?: "enterprise" | "individual" | "franchisee" | "wholesale";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        lostOn?: string | null;
                        lostReason?: string | null;
                        membershipNo?: string | null;
                        name?: string;
                        needType?: ("采购型" | "服务型" | "咨询型") | (never | null);
                        ownerId?: number | null;
                        /** @description 偏好联系渠道：E-mail / 上门拜访 / 普通信件 / 电话联系 / 传真 / 其他 */
                        preferredChannel?: string | null;
                        /** @description 偏好回访方式：上门回访 / 电话沟通 / 其他 */
                        preferredMethod?: string | null;
                        preferredWindow?: string | null;
                        products?: string | null;
                        prospects?: number | null;
                        province?: string | null;
                        remark?: string | null;
                        shortName?: string | null;
                        source?: string | null;
                        /**
                         * @description 潜在 / 合作中 / 流失
                         * @enum {unknown}
                         */
                        status?: "prospect" | "active" | "lost";
                        tags?: string[];
                        /** @description mark the profile verified now (最近核定时间) */
                        verified?: boolean;
                        /** @description optimistic concurrency: 409 if changed since */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            /** @description 年龄（仅个人客户），由出生年份算得 */
                            age: number | null;
                            agentId: number | null;
                            agentName: string | null;
                            anniversaryOn: string | null;
                            annualAmount: string | null;
                            annualRevenue: string | null;
                            city: string | null;
                            code: string;
                            cooperationFrequency: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            district: string | null;
                            dncReason: string | null;
                            /** Format: date-time */
                            dncSetAt: string | null;
                            dncSetByName: string | null;
                            doNotContact: boolean;
                            employees: number | null;
                            firstCooperationOn: string | null;
                            followupWeeklyCap: number | null;
                            foundedOn: string | null;
                            /** @description 性别（仅个人客户）：male / female */
                            gender: string | null;
                            /** @description 查看者无权查看的字段（值为 null 但并非为空）→ 查阅申请需开放的密级 (secret 秘密 / confidential 机密 / top_secret 绝密) */
                            hidden: {
                                [key: string]: "secret" | "confidential" | "top_secret";
                            };
                            id: number;
                            idNumber: string | null;
                            industry: string | null;
                            kind: string | null;
                            /** @description 客户反馈 */
                            lastFeedback: string | null;
                            /** Format: date-time */
                            lastFollowupAt: string | null;
                            /** @description 回访方式 */
                            lastFollowupMethod: string | null;
                            /** @description 回访摘要 */
                            lastFollowupSummary: string | null;
                            /** @description 满意度 1–5 */
                            lastSatisfaction: number | null;
                            lostOn: string | null;
                            lostReason: string | null;
                            membershipNo: string | null;
                            name: string;
                            needType: string | null;
                            /** Format: date-time */
                            nextFollowupAt: string | null;
                            ownerId: number | null;
                            ownerName: string | null;
                            preferredChannel: string | null;
                            preferredMethod: string | null;
                            preferredWindow: string | null;
                            products: string | null;
                            prospects: number | null;
                            province: string | null;
                            remark: string | null;
                            score: number | null;
                            shortName: string | null;
                            source: string | null;
                            stale: boolean | null;
                            status: string | null;
                            tags: string[] | null;
                            tier: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            verifiedAt: string | null;
                            version: number;
                            visibility: {
                                /** @enum {unknown} */
                                confidential: "full" | "masked" | "hidden";
                                /** @enum {unknown} */
                                secret: "full" | "masked" | "hidden";
                                /** @enum {unknown} */
                                topSecret: "full" | "masked" | "hidden";
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/customers/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联系人（机密：范围外脱敏） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 生日（脱敏时不显示） */
                                birthday: string | null;
                                customerId: number;
                                email: string | null;
                                id: number;
                                isPrimary: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string;
                                phone: string | null;
                                position: string | null;
                                qq: string | null;
                                roleKind: string | null;
                                version: number;
                                wechat: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 新增联系人 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthday?: string | null;
                        /** Format: email */
                        email?: string | null;
                        isPrimary?: boolean;
                        mobile?: string | null;
                        name: string;
                        phone?: string | null;
                        position?: string | null;
                        qq?: string | null;
                        roleKind?: ("equipment" | "technical" | "admin" | "user" | "business") | (never | null);
                        wechat?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 生日（脱敏时不显示） */
                            birthday: string | null;
                            customerId: number;
                            email: string | null;
                            id: number;
                            isPrimary: boolean;
                            masked: boolean;
                            mobile: string | null;
                            name: string;
                            phone: string | null;
                            position: string | null;
                            qq: string | null;
                            roleKind: string | null;
                            version: number;
                            wechat: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除联系人 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改联系人 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthday?: string | null;
                        /** Format: email */
                        email?: string | null;
                        isPrimary?: boolean;
                        mobile?: string | null;
                        name?: string;
                        phone?: string | null;
                        position?: string | null;
                        qq?: string | null;
                        roleKind?: ("equipment" | "technical" | "admin" | "user" | "business") | (never | null);
                        version?: number;
                        wechat?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 生日（脱敏时不显示） */
                            birthday: string | null;
                            customerId: number;
                            email: string | null;
                            id: number;
                            isPrimary: boolean;
                            masked: boolean;
                            mobile: string | null;
                            name: string;
                            phone: string | null;
                            position: string | null;
                            qq: string | null;
                            roleKind: string | null;
                            version: number;
                            wechat: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/customers/{id}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 合同（绝密） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: string | null;
                                contractNo: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number;
                                endsOn: string;
                                id: number;
                                startsOn: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/grade-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 等级申报的预填数据：客户当前等级与近 12 个月的销量、交易金额、交易次数、逾期次数（绝密，记入审计） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 年交易金额（元） */
                            amount: string;
                            /** @description 年销量 */
                            annualVolume: number;
                            customerId: number;
                            /** @description 交易次数 */
                            deals: number;
                            /** @description 逾期次数：付款晚于约定日期或已过期未付的交易 */
                            overdueCount: number;
                            /**
                             * Format: date
                             * @description 统计起始日（含），至今天
                             */
                            since: string;
                            /** @description 当前等级 */
                            tier: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 合并重复客户：联系人、交易、合同、服务事件、等级历史全部并入本客户 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        duplicateId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contactsMoved: number;
                            keptCode: string;
                            mergedCode: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/service-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务事件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customerId: number;
                                id: number;
                                kind: string;
                                /** Format: date-time */
                                occurredAt: string;
                                product: string | null;
                                staffId: number | null;
                                staffName: string | null;
                                summary: string | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/tier-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 客户等级变更历史 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                changedAt: string;
                                changedByName: string | null;
                                fromTier: string | null;
                                /** @description 使等级变化的客户等级申报（原因为 grade_approved 时） */
                                gradeRequestId: number | null;
                                id: number;
                                /**
                                 * @description 等级变化原因：新建客户、年合作金额变更、导入、分级规则调整、评分变化、等级申报获批
                                 * @enum {unknown}
                                 */
                                reason: "created" | "amount_changed" | "import" | "rules_changed" | "score_changed" | "grade_approved";
                                /** @description 使等级变化的评分（绝密，无权查看时为空） */
                                score: number | null;
                                toTier: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 客户时间线（可见范围内的一切往来） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor: string | null;
                                /** Format: date-time */
                                at: string;
                                detail: string | null;
                                /** @description 使等级变化的客户等级申报（tier:grade_approved） */
                                gradeRequestId: number | null;
                                /** @description service:<服务类型>, transaction:<sale|return>, contract, tier:<等级变化原因代码，见 tier-history>, audit:<动作> */
                                kind: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 交易记录（绝密） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: string;
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number;
                                dueOn: string | null;
                                id: number;
                                kind: string;
                                occurredOn: string;
                                paidOn: string | null;
                                product: string | null;
                                productClass: string | null;
                                quantity: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 客户列表的总数（与列表相同的筛选；精确到 10 000，超过时 capped，显示为“10,000+”） */
        get: {
            parameters: {
                query?: {
                    city?: string;
                    doNotContact?: boolean;
                    /** @description 回访：overdue 已逾期 / due7 7 天内到期 / never 从未回访 */
                    followup?: "overdue" | "due7" | "never";
                    industry?: string;
                    /** @description 企业 / 个人 / 加盟商 / 散批商 */
                    kind?: "enterprise" | "individual" | "franchisee" | "wholesale";
                    /** @description 我的客户：本人负责或作为坐席服务的客户（客户经理、坐席的默认筛选） */
                    mine?: boolean;
                    ownerId?: number;
                    province?: string;
                    /** @description name, short name, code; contact name or exact mobile */
                    q?: string;
                    /** @description not verified within N days (30 = stale) */
                    staleDays?: number;
                    /** @description 潜在 / 合作中 / 流失 */
                    status?: "prospect" | "active" | "lost";
                    tag?: string;
                    tier?: "A" | "B" | "C" | "D";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description true：多于 total（只数到上限） */
                            capped: boolean;
                            /** @description 筛选到的客户数，至多 10 000 */
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出筛选后的客户 (.xlsx，按查看者权限脱敏，记录导出人) */
        get: {
            parameters: {
                query?: {
                    city?: string;
                    doNotContact?: boolean;
                    /** @description 回访：overdue 已逾期 / due7 7 天内到期 / never 从未回访 */
                    followup?: "overdue" | "due7" | "never";
                    industry?: string;
                    /** @description 企业 / 个人 / 加盟商 / 散批商 */
                    kind?: "enterprise" | "individual" | "franchisee" | "wholesale";
                    /** @description 我的客户：本人负责或作为坐席服务的客户（客户经理、坐席的默认筛选） */
                    mine?: boolean;
                    ownerId?: number;
                    province?: string;
                    /** @description name, short name, code; contact name or exact mobile */
                    q?: string;
                    /** @description name | code | createdAt, "-" for descending */
                    sort?: string;
                    /** @description not verified within N days (30 = stale) */
                    staleDays?: number;
                    /** @description 潜在 / 合作中 / 流失 */
                    status?: "prospect" | "active" | "lost";
                    tag?: string;
                    tier?: "A" | "B" | "C" | "D";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description .xlsx file, named in Content-Disposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-retention/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已过保存期限的流失客户（流失满 N 年） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                id: number;
                                lostOn: string | null;
                                lostReason: string | null;
                                name: string;
                                ownerName: string | null;
                            }[];
                            retentionYears: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-retention/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 销毁申请 */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                customers: {
                                    code: string;
                                    id: number;
                                    name: string;
                                }[];
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                reason: string;
                                requesterName: string;
                                /**
                                 * @description approved: the customers were destroyed
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 申请销毁已过保存期限的客户资料（总经理审批后执行） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerIds: number[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customers: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            id: number;
                            reason: string;
                            requesterName: string;
                            /**
                             * @description approved: the customers were destroyed
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-retention/requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准并立即销毁（记录审计） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customers: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            id: number;
                            reason: string;
                            requesterName: string;
                            /**
                             * @description approved: the customers were destroyed
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-retention/requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回销毁申请（须填写原因） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customers: {
                                code: string;
                                id: number;
                                name: string;
                            }[];
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            id: number;
                            reason: string;
                            requesterName: string;
                            /**
                             * @description approved: the customers were destroyed
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门列表（平铺，按 parentId 组成树） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                memberCount: number;
                                name: string;
                                parentId: number | null;
                                sortOrder: number;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 新建部门 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        parentId?: number | null;
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            memberCount: number;
                            name: string;
                            parentId: number | null;
                            sortOrder: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除空部门 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** 修改部门（改名、移动、排序） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        parentId?: number | null;
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            memberCount: number;
                            name: string;
                            parentId: number | null;
                            sortOrder: number;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/email-outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 邮件发送队列（管理员）：待发送、已发送、发送失败，含错误与下次重试时间 */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "sent" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                lastError: string | null;
                                /** Format: date-time */
                                nextAttemptAt: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** @enum {unknown} */
                                status: "pending" | "sent" | "failed";
                                subject: string;
                                toAddress: string;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的导出申请，或待我审批的 */
        get: {
            parameters: {
                query?: {
                    box?: "mine" | "to_approve";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                downloads: number;
                                /** Format: date-time */
                                expiresAt: string | null;
                                filter: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                purpose: string;
                                reason: string;
                                requesterId: number;
                                requesterName: string;
                                rowCount: number;
                                /**
                                 * @description expired: the download window closed, or nobody decided in time
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "expired" | "withdrawn";
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 申请导出超过上限的客户数据（筛选条件同客户列表） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filter: {
                            city?: string;
                            doNotContact?: boolean;
                            /**
                             * @description 回访：overdue 已逾期 / due7 7 天内到期 / never 从未回访
                             * @enum {unknown}
                             */
                            followup?: "overdue" | "due7" | "never";
                            industry?: string;
                            /**
                             * @description 企业 / 个人 / 加盟商 / 散批商
                             * @enum {unknown}
                             */
                            kind?: "enterprise" | "individual" | "franchisee" | "wholesale";
                            /** @description 我的客户：本人负责或作为坐席服务的客户（客户经理、坐席的默认筛选） */
                            mine?: boolean;
                            ownerId?: number;
                            province?: string;
                            /** @description name, short name, code; contact name or exact mobile */
                            q?: string;
                            /** @description name | code | createdAt, "-" for descending */
                            sort?: string;
                            /** @description not verified within N days (30 = stale) */
                            staleDays?: number;
                            /**
                             * @description 潜在 / 合作中 / 流失
                             * @enum {unknown}
                             */
                            status?: "prospect" | "active" | "lost";
                            tag?: string;
                            /** @enum {unknown} */
                            tier?: "A" | "B" | "C" | "D";
                        };
                        purpose: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            downloads: number;
                            /** Format: date-time */
                            expiresAt: string | null;
                            filter: {
                                [key: string]: unknown;
                            };
                            id: number;
                            purpose: string;
                            reason: string;
                            requesterId: number;
                            requesterName: string;
                            rowCount: number;
                            /**
                             * @description expired: the download window closed, or nobody decided in time
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "expired" | "withdrawn";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准导出申请 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            downloads: number;
                            /** Format: date-time */
                            expiresAt: string | null;
                            filter: {
                                [key: string]: unknown;
                            };
                            id: number;
                            purpose: string;
                            reason: string;
                            requesterId: number;
                            requesterName: string;
                            rowCount: number;
                            /**
                             * @description expired: the download window closed, or nobody decided in time
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "expired" | "withdrawn";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export-requests/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载已批准的导出 (.xlsx，按申请人当前权限脱敏) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description .xlsx file, named in Content-Disposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回导出申请（须填写原因） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            downloads: number;
                            /** Format: date-time */
                            expiresAt: string | null;
                            filter: {
                                [key: string]: unknown;
                            };
                            id: number;
                            purpose: string;
                            reason: string;
                            requesterId: number;
                            requesterName: string;
                            rowCount: number;
                            /**
                             * @description expired: the download window closed, or nobody decided in time
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "expired" | "withdrawn";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行业模板及其规则 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: string;
                                installedRules: number;
                                /** @enum {unknown} */
                                key: "b2b" | "equipment" | "property" | "real-estate" | "auto-repair" | "franchise";
                                nameEn: string;
                                nameZh: string;
                                rules: {
                                    description: string;
                                    key: string;
                                    method: string;
                                    name: string;
                                    samplingRate: number;
                                    trigger: {
                                        every: number;
                                        /** @enum {string} */
                                        kind: "periodic";
                                        /** @enum {unknown} */
                                        unit: "day" | "week" | "month";
                                    } | {
                                        /** @enum {unknown} */
                                        event: "customer_created" | "deal" | "installation" | "repair" | "maintenance" | "activity" | "sales_visit" | "contract_expiring" | "birthday" | "anniversary" | "public_holiday" | "issue_resolved" | "inquiry_call" | "showroom_visit" | "move_in" | "emergency_handled" | "milestone";
                                        /** @enum {string} */
                                        kind: "event";
                                    };
                                    type: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-presets/{key}/install": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 安装行业模板（规则为启用状态；重复安装不会重复添加） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            installed: number;
                            preset: string;
                            skipped: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访记录（自己登记的，及数据范围内客户的），按回访时间倒序 */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    customerId?: number;
                    /** @description YYYY-MM-DD */
                    from?: string;
                    issueRequested?: boolean;
                    limit?: number;
                    method?: "phone" | "onsite" | "email" | "sms" | "wechat" | "letter" | "other";
                    /** @description 满意度为差或很差 */
                    poor?: boolean;
                    /** @description 审核逾期 */
                    reviewOverdue?: boolean;
                    reviewStatus?: "provisional" | "approved" | "returned";
                    salespersonId?: number;
                    staffId?: number;
                    /** @description YYYY-MM-DD */
                    to?: string;
                    verification?: "confirmed" | "denied";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actionItems: {
                                    dueOn?: string;
                                    text: string;
                                }[];
                                /** @description 从该记录采取的行动（仅单条记录返回） */
                                actions?: {
                                    byName: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: number;
                                    /** @description onsite_visit 转为上门回访 / sound_opinion 中肯意见或良好建议：上门拜访 / rnd 转研发技术部门 / president_office 上报总裁办 */
                                    kind: string;
                                    note: string | null;
                                    taskId: number | null;
                                }[];
                                answers: {
                                    answer: string;
                                    question: string;
                                }[];
                                complaint: boolean;
                                /** Format: date-time */
                                contactedAt: string;
                                contactName: string | null;
                                content: string | null;
                                countermeasures: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                customerId: number;
                                customerName: string;
                                durationMinutes: number | null;
                                id: number;
                                imported: boolean;
                                /** @description 满意度为差/很差或客户投诉：待问题模块立案 */
                                issueRequested: boolean;
                                keyPoints: string | null;
                                /** @description 补录：晚于回访当天登记（未日清日结） */
                                lateEntry: boolean;
                                method: string;
                                nextFollowupContent: string | null;
                                nextFollowupOn: string | null;
                                /** @description HF + yyyymmdd + 序号 */
                                number: string;
                                opinions: string | null;
                                /** @description 电话回访 */
                                phoneRecord: boolean;
                                productSatisfaction: number | null;
                                /** Format: date-time */
                                promisedReplyAt: string | null;
                                purpose: string | null;
                                resolved: boolean | null;
                                result: string | null;
                                /** @description 被退回次数 */
                                returnedCount: number;
                                /** @description 主管审核意见 */
                                reviewComment: string | null;
                                /** Format: date-time */
                                reviewDueAt: string | null;
                                /** Format: date-time */
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                /** @description 超过 3 个工作日仍未审核签字 */
                                reviewOverdue: boolean;
                                /**
                                 * @description 待审核 / 已审核 / 已退回
                                 * @enum {unknown}
                                 */
                                reviewStatus: "provisional" | "approved" | "returned";
                                salespersonComplaint: boolean;
                                salespersonId: number | null;
                                salespersonName: string | null;
                                salespersonRating: number | null;
                                serviceSatisfaction: number | null;
                                signed: boolean;
                                staffId: number;
                                staffName: string;
                                taskId: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                /** @description 拜访核查：confirmed 属实 / denied 客户否认 */
                                verificationResult: string | null;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 登记回访记录（任务随之完成；下次回访日期生成新任务；差评或投诉登记问题请求） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 后续行动项 */
                        actionItems?: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            dueOn?: string;
                            text: string;
                        }[];
                        /** @description 问卷答案 */
                        answers?: {
                            answer: string;
                            question: string;
                        }[];
                        /** @description 客户明确投诉 */
                        complaint?: boolean;
                        /** Format: date-time */
                        contactedAt: string;
                        contactId?: number;
                        /** @description 被访人 */
                        contactName?: string;
                        /** @description 访问记录 / 回访内容 */
                        content?: string;
                        /** @description 对策与建议 */
                        countermeasures?: string;
                        customerId?: number;
                        durationMinutes?: number;
                        /** @description 回访要点 */
                        keyPoints?: string;
                        /**
                         * @description 回访方式
                         * @enum {unknown}
                         */
                        method: "phone" | "onsite" | "email" | "sms" | "wechat" | "letter" | "other";
                        /** @description 下次回访内容 */
                        nextFollowupContent?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        nextFollowupOn?: string;
                        /** @description 客户意见和要求 */
                        opinions?: string;
                        /** @description 5 好 / 4 较好 / 3 一般 / 2 差 / 1 很差 */
                        productSatisfaction?: number;
                        /** Format: date-time */
                        promisedReplyAt?: string;
                        /** @description 回访目的 */
                        purpose?: string;
                        /** @description 问题是否已解决（未解决：安排第二、三次回访） */
                        resolved?: boolean;
                        /** @description 回访结果 */
                        result?: string;
                        /** @description 5 好 / 4 较好 / 3 一般 / 2 差 / 1 很差 */
                        serviceSatisfaction?: number;
                        /** @description 客户签字（data:image/png;base64,…）或签字纸质表的照片 */
                        signature?: string;
                        taskId?: number;
                        /** @description 拜访核查结果（仅拜访核查任务） */
                        verification?: {
                            /** @description 客户对销售人员不满 */
                            complaint?: boolean;
                            /**
                             * @description confirmed 客户确认拜访属实 / denied 客户否认（疑似虚假拜访）
                             * @enum {unknown}
                             */
                            result: "confirmed" | "denied";
                            /** @description 5 好 / 4 较好 / 3 一般 / 2 差 / 1 很差 */
                            salespersonRating?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionItems: {
                                dueOn?: string;
                                text: string;
                            }[];
                            /** @description 从该记录采取的行动（仅单条记录返回） */
                            actions?: {
                                byName: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @description onsite_visit 转为上门回访 / sound_opinion 中肯意见或良好建议：上门拜访 / rnd 转研发技术部门 / president_office 上报总裁办 */
                                kind: string;
                                note: string | null;
                                taskId: number | null;
                            }[];
                            answers: {
                                answer: string;
                                question: string;
                            }[];
                            complaint: boolean;
                            /** Format: date-time */
                            contactedAt: string;
                            contactName: string | null;
                            content: string | null;
                            countermeasures: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            durationMinutes: number | null;
                            id: number;
                            imported: boolean;
                            /** @description 满意度为差/很差或客户投诉：待问题模块立案 */
                            issueRequested: boolean;
                            keyPoints: string | null;
                            /** @description 补录：晚于回访当天登记（未日清日结） */
                            lateEntry: boolean;
                            method: string;
                            nextFollowupContent: string | null;
                            nextFollowupOn: string | null;
                            /** @description HF + yyyymmdd + 序号 */
                            number: string;
                            opinions: string | null;
                            /** @description 电话回访 */
                            phoneRecord: boolean;
                            productSatisfaction: number | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            purpose: string | null;
                            resolved: boolean | null;
                            result: string | null;
                            /** @description 被退回次数 */
                            returnedCount: number;
                            /** @description 主管审核意见 */
                            reviewComment: string | null;
                            /** Format: date-time */
                            reviewDueAt: string | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            reviewedByName: string | null;
                            /** @description 超过 3 个工作日仍未审核签字 */
                            reviewOverdue: boolean;
                            /**
                             * @description 待审核 / 已审核 / 已退回
                             * @enum {unknown}
                             */
                            reviewStatus: "provisional" | "approved" | "returned";
                            salespersonComplaint: boolean;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            salespersonRating: number | null;
                            serviceSatisfaction: number | null;
                            signed: boolean;
                            staffId: number;
                            staffName: string;
                            taskId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 拜访核查：confirmed 属实 / denied 客户否认 */
                            verificationResult: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionItems: {
                                dueOn?: string;
                                text: string;
                            }[];
                            /** @description 从该记录采取的行动（仅单条记录返回） */
                            actions?: {
                                byName: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @description onsite_visit 转为上门回访 / sound_opinion 中肯意见或良好建议：上门拜访 / rnd 转研发技术部门 / president_office 上报总裁办 */
                                kind: string;
                                note: string | null;
                                taskId: number | null;
                            }[];
                            answers: {
                                answer: string;
                                question: string;
                            }[];
                            complaint: boolean;
                            /** Format: date-time */
                            contactedAt: string;
                            contactName: string | null;
                            content: string | null;
                            countermeasures: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            durationMinutes: number | null;
                            id: number;
                            imported: boolean;
                            /** @description 满意度为差/很差或客户投诉：待问题模块立案 */
                            issueRequested: boolean;
                            keyPoints: string | null;
                            /** @description 补录：晚于回访当天登记（未日清日结） */
                            lateEntry: boolean;
                            method: string;
                            nextFollowupContent: string | null;
                            nextFollowupOn: string | null;
                            /** @description HF + yyyymmdd + 序号 */
                            number: string;
                            opinions: string | null;
                            /** @description 电话回访 */
                            phoneRecord: boolean;
                            productSatisfaction: number | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            purpose: string | null;
                            resolved: boolean | null;
                            result: string | null;
                            /** @description 被退回次数 */
                            returnedCount: number;
                            /** @description 主管审核意见 */
                            reviewComment: string | null;
                            /** Format: date-time */
                            reviewDueAt: string | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            reviewedByName: string | null;
                            /** @description 超过 3 个工作日仍未审核签字 */
                            reviewOverdue: boolean;
                            /**
                             * @description 待审核 / 已审核 / 已退回
                             * @enum {unknown}
                             */
                            reviewStatus: "provisional" | "approved" | "returned";
                            salespersonComplaint: boolean;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            salespersonRating: number | null;
                            serviceSatisfaction: number | null;
                            signed: boolean;
                            staffId: number;
                            staffName: string;
                            taskId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 拜访核查：confirmed 属实 / denied 客户否认 */
                            verificationResult: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 登记人修改回访记录（待审核或被退回时；被退回的修改后重新提交审核） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 后续行动项 */
                        actionItems?: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            dueOn?: string;
                            text: string;
                        }[];
                        /** @description 问卷答案 */
                        answers?: {
                            answer: string;
                            question: string;
                        }[];
                        /** @description 客户明确投诉 */
                        complaint?: boolean;
                        /** Format: date-time */
                        contactedAt: string;
                        contactId?: number;
                        /** @description 被访人 */
                        contactName?: string;
                        /** @description 访问记录 / 回访内容 */
                        content?: string;
                        /** @description 对策与建议 */
                        countermeasures?: string;
                        durationMinutes?: number;
                        /** @description 回访要点 */
                        keyPoints?: string;
                        /**
                         * @description 回访方式
                         * @enum {unknown}
                         */
                        method: "phone" | "onsite" | "email" | "sms" | "wechat" | "letter" | "other";
                        /** @description 下次回访内容 */
                        nextFollowupContent?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        nextFollowupOn?: string;
                        /** @description 客户意见和要求 */
                        opinions?: string;
                        /** @description 5 好 / 4 较好 / 3 一般 / 2 差 / 1 很差 */
                        productSatisfaction?: number;
                        /** Format: date-time */
                        promisedReplyAt?: string;
                        /** @description 回访目的 */
                        purpose?: string;
                        /** @description 问题是否已解决（未解决：安排第二、三次回访） */
                        resolved?: boolean;
                        /** @description 回访结果 */
                        result?: string;
                        /** @description 5 好 / 4 较好 / 3 一般 / 2 差 / 1 很差 */
                        serviceSatisfaction?: number;
                        /** @description 客户签字（data:image/png;base64,…）或签字纸质表的照片 */
                        signature?: string;
                        /** @description 拜访核查结果（仅拜访核查任务） */
                        verification?: {
                            /** @description 客户对销售人员不满 */
                            complaint?: boolean;
                            /**
                             * @description confirmed 客户确认拜访属实 / denied 客户否认（疑似虚假拜访）
                             * @enum {unknown}
                             */
                            result: "confirmed" | "denied";
                            /** @description 5 好 / 4 较好 / 3 一般 / 2 差 / 1 很差 */
                            salespersonRating?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionItems: {
                                dueOn?: string;
                                text: string;
                            }[];
                            /** @description 从该记录采取的行动（仅单条记录返回） */
                            actions?: {
                                byName: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @description onsite_visit 转为上门回访 / sound_opinion 中肯意见或良好建议：上门拜访 / rnd 转研发技术部门 / president_office 上报总裁办 */
                                kind: string;
                                note: string | null;
                                taskId: number | null;
                            }[];
                            answers: {
                                answer: string;
                                question: string;
                            }[];
                            complaint: boolean;
                            /** Format: date-time */
                            contactedAt: string;
                            contactName: string | null;
                            content: string | null;
                            countermeasures: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            durationMinutes: number | null;
                            id: number;
                            imported: boolean;
                            /** @description 满意度为差/很差或客户投诉：待问题模块立案 */
                            issueRequested: boolean;
                            keyPoints: string | null;
                            /** @description 补录：晚于回访当天登记（未日清日结） */
                            lateEntry: boolean;
                            method: string;
                            nextFollowupContent: string | null;
                            nextFollowupOn: string | null;
                            /** @description HF + yyyymmdd + 序号 */
                            number: string;
                            opinions: string | null;
                            /** @description 电话回访 */
                            phoneRecord: boolean;
                            productSatisfaction: number | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            purpose: string | null;
                            resolved: boolean | null;
                            result: string | null;
                            /** @description 被退回次数 */
                            returnedCount: number;
                            /** @description 主管审核意见 */
                            reviewComment: string | null;
                            /** Format: date-time */
                            reviewDueAt: string | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            reviewedByName: string | null;
                            /** @description 超过 3 个工作日仍未审核签字 */
                            reviewOverdue: boolean;
                            /**
                             * @description 待审核 / 已审核 / 已退回
                             * @enum {unknown}
                             */
                            reviewStatus: "provisional" | "approved" | "returned";
                            salespersonComplaint: boolean;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            salespersonRating: number | null;
                            serviceSatisfaction: number | null;
                            signed: boolean;
                            staffId: number;
                            staffName: string;
                            taskId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 拜访核查：confirmed 属实 / denied 客户否认 */
                            verificationResult: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-records/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从回访记录采取行动：转上门回访、中肯意见上门拜访（生成上门任务）、转研发技术部门、上报总裁办 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        kind: "onsite_visit" | "sound_opinion" | "rnd" | "president_office";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                            taskId: number | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-records/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 主管审核签字（记录转为正式） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionItems: {
                                dueOn?: string;
                                text: string;
                            }[];
                            /** @description 从该记录采取的行动（仅单条记录返回） */
                            actions?: {
                                byName: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @description onsite_visit 转为上门回访 / sound_opinion 中肯意见或良好建议：上门拜访 / rnd 转研发技术部门 / president_office 上报总裁办 */
                                kind: string;
                                note: string | null;
                                taskId: number | null;
                            }[];
                            answers: {
                                answer: string;
                                question: string;
                            }[];
                            complaint: boolean;
                            /** Format: date-time */
                            contactedAt: string;
                            contactName: string | null;
                            content: string | null;
                            countermeasures: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            durationMinutes: number | null;
                            id: number;
                            imported: boolean;
                            /** @description 满意度为差/很差或客户投诉：待问题模块立案 */
                            issueRequested: boolean;
                            keyPoints: string | null;
                            /** @description 补录：晚于回访当天登记（未日清日结） */
                            lateEntry: boolean;
                            method: string;
                            nextFollowupContent: string | null;
                            nextFollowupOn: string | null;
                            /** @description HF + yyyymmdd + 序号 */
                            number: string;
                            opinions: string | null;
                            /** @description 电话回访 */
                            phoneRecord: boolean;
                            productSatisfaction: number | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            purpose: string | null;
                            resolved: boolean | null;
                            result: string | null;
                            /** @description 被退回次数 */
                            returnedCount: number;
                            /** @description 主管审核意见 */
                            reviewComment: string | null;
                            /** Format: date-time */
                            reviewDueAt: string | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            reviewedByName: string | null;
                            /** @description 超过 3 个工作日仍未审核签字 */
                            reviewOverdue: boolean;
                            /**
                             * @description 待审核 / 已审核 / 已退回
                             * @enum {unknown}
                             */
                            reviewStatus: "provisional" | "approved" | "returned";
                            salespersonComplaint: boolean;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            salespersonRating: number | null;
                            serviceSatisfaction: number | null;
                            signed: boolean;
                            staffId: number;
                            staffName: string;
                            taskId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 拜访核查：confirmed 属实 / denied 客户否认 */
                            verificationResult: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-records/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 主管退回回访记录（须填写意见；登记人修改后重新提交） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actionItems: {
                                dueOn?: string;
                                text: string;
                            }[];
                            /** @description 从该记录采取的行动（仅单条记录返回） */
                            actions?: {
                                byName: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @description onsite_visit 转为上门回访 / sound_opinion 中肯意见或良好建议：上门拜访 / rnd 转研发技术部门 / president_office 上报总裁办 */
                                kind: string;
                                note: string | null;
                                taskId: number | null;
                            }[];
                            answers: {
                                answer: string;
                                question: string;
                            }[];
                            complaint: boolean;
                            /** Format: date-time */
                            contactedAt: string;
                            contactName: string | null;
                            content: string | null;
                            countermeasures: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            customerName: string;
                            durationMinutes: number | null;
                            id: number;
                            imported: boolean;
                            /** @description 满意度为差/很差或客户投诉：待问题模块立案 */
                            issueRequested: boolean;
                            keyPoints: string | null;
                            /** @description 补录：晚于回访当天登记（未日清日结） */
                            lateEntry: boolean;
                            method: string;
                            nextFollowupContent: string | null;
                            nextFollowupOn: string | null;
                            /** @description HF + yyyymmdd + 序号 */
                            number: string;
                            opinions: string | null;
                            /** @description 电话回访 */
                            phoneRecord: boolean;
                            productSatisfaction: number | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            purpose: string | null;
                            resolved: boolean | null;
                            result: string | null;
                            /** @description 被退回次数 */
                            returnedCount: number;
                            /** @description 主管审核意见 */
                            reviewComment: string | null;
                            /** Format: date-time */
                            reviewDueAt: string | null;
                            /** Format: date-time */
                            reviewedAt: string | null;
                            reviewedByName: string | null;
                            /** @description 超过 3 个工作日仍未审核签字 */
                            reviewOverdue: boolean;
                            /**
                             * @description 待审核 / 已审核 / 已退回
                             * @enum {unknown}
                             */
                            reviewStatus: "provisional" | "approved" | "returned";
                            salespersonComplaint: boolean;
                            salespersonId: number | null;
                            salespersonName: string | null;
                            salespersonRating: number | null;
                            serviceSatisfaction: number | null;
                            signed: boolean;
                            staffId: number;
                            staffName: string;
                            taskId: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description 拜访核查：confirmed 属实 / denied 客户否认 */
                            verificationResult: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访规则列表（当前版本） */
        get: {
            parameters: {
                query?: {
                    active?: boolean;
                    preset?: string;
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                assignee: ({
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                }) | {
                                    general: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    /** @enum {string} */
                                    kind: "by_severity";
                                    major: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    urgent: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                };
                                id: number;
                                method: string;
                                name: string;
                                preset: string | null;
                                samplingRate: number;
                                start: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                                trigger: {
                                    every: number;
                                    /** @enum {string} */
                                    kind: "periodic";
                                    /** @enum {unknown} */
                                    unit: "day" | "week" | "month";
                                } | {
                                    /** @enum {unknown} */
                                    event: "customer_created" | "deal" | "installation" | "repair" | "maintenance" | "activity" | "sales_visit" | "contract_expiring" | "birthday" | "anniversary" | "public_holiday" | "issue_resolved" | "inquiry_call" | "showroom_visit" | "move_in" | "emergency_handled" | "milestone";
                                    /** @enum {string} */
                                    kind: "event";
                                };
                                type: string;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                                within: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 新建回访规则（新建后为停用状态，预览后再启用） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definition: {
                            assignee: ({
                                /** @enum {string} */
                                kind: "owner";
                            } | {
                                /** @enum {string} */
                                kind: "agent";
                            } | {
                                department: string | null;
                                /** @enum {string} */
                                kind: "role";
                                /** @enum {unknown} */
                                role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                            }) | {
                                general: {
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                };
                                /** @enum {string} */
                                kind: "by_severity";
                                major: {
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                };
                                urgent: {
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                };
                            };
                            audience: {
                                /** @description 排除标签 */
                                excludeTags?: string[];
                                /** @description 客户类型 */
                                kinds: string[];
                                /** @description 省份 */
                                provinces: string[];
                                severities: ("general" | "urgent" | "major")[];
                                /** @description 客户状态 */
                                statuses: string[];
                                /** @description 标签 */
                                tags: string[];
                                /** @description 客户等级 */
                                tiers: string[];
                            };
                            description: string;
                            /** @enum {unknown} */
                            method: "phone" | "onsite" | "email" | "sms" | "wechat" | "letter" | "other";
                            name: string;
                            /** @enum {unknown} */
                            priority: "low" | "normal" | "high" | "urgent";
                            proactive: boolean;
                            questionnaire: {
                                /** @enum {unknown} */
                                kind: "rating" | "choice" | "text";
                                options: string[];
                                question: string;
                            }[];
                            samplingRate: number;
                            /** @description 话术 */
                            script: string;
                            serviceCritical: boolean;
                            signatureRequired: boolean;
                            start: {
                                amount: number;
                                /** @enum {unknown} */
                                unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                            };
                            trigger: {
                                every: number;
                                /** @enum {string} */
                                kind: "periodic";
                                /** @enum {unknown} */
                                unit: "day" | "week" | "month";
                            } | {
                                /** @enum {unknown} */
                                event: "customer_created" | "deal" | "installation" | "repair" | "maintenance" | "activity" | "sales_visit" | "contract_expiring" | "birthday" | "anniversary" | "public_holiday" | "issue_resolved" | "inquiry_call" | "showroom_visit" | "move_in" | "emergency_handled" | "milestone";
                                /** @enum {string} */
                                kind: "event";
                            };
                            /** @enum {unknown} */
                            type: "first" | "routine" | "onsite" | "complaint" | "repair" | "activity" | "verification" | "contract_expiry" | "greeting" | "survey" | "deal" | "inquiry" | "move_in" | "emergency" | "holiday_visit" | "consultation" | "referred_complaint" | "promised_reply";
                            within: {
                                amount: number;
                                /** @enum {unknown} */
                                unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            definition: {
                                assignee: ({
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                }) | {
                                    general: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    /** @enum {string} */
                                    kind: "by_severity";
                                    major: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    urgent: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                };
                                audience: {
                                    /** @description 排除标签 */
                                    excludeTags?: string[];
                                    /** @description 客户类型 */
                                    kinds: string[];
                                    /** @description 省份 */
                                    provinces: string[];
                                    severities: ("general" | "urgent" | "major")[];
                                    /** @description 客户状态 */
                                    statuses: string[];
                                    /** @description 标签 */
                                    tags: string[];
                                    /** @description 客户等级 */
                                    tiers: string[];
                                };
                                description: string;
                                /** @enum {unknown} */
                                method: "phone" | "onsite" | "email" | "sms" | "wechat" | "letter" | "other";
                                name: string;
                                /** @enum {unknown} */
                                priority: "low" | "normal" | "high" | "urgent";
                                proactive: boolean;
                                questionnaire: {
                                    /** @enum {unknown} */
                                    kind: "rating" | "choice" | "text";
                                    options: string[];
                                    question: string;
                                }[];
                                samplingRate: number;
                                /** @description 话术 */
                                script: string;
                                serviceCritical: boolean;
                                signatureRequired: boolean;
                                start: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                                trigger: {
                                    every: number;
                                    /** @enum {string} */
                                    kind: "periodic";
                                    /** @enum {unknown} */
                                    unit: "day" | "week" | "month";
                                } | {
                                    /** @enum {unknown} */
                                    event: "customer_created" | "deal" | "installation" | "repair" | "maintenance" | "activity" | "sales_visit" | "contract_expiring" | "birthday" | "anniversary" | "public_holiday" | "issue_resolved" | "inquiry_call" | "showroom_visit" | "move_in" | "emergency_handled" | "milestone";
                                    /** @enum {string} */
                                    kind: "event";
                                };
                                /** @enum {unknown} */
                                type: "first" | "routine" | "onsite" | "complaint" | "repair" | "activity" | "verification" | "contract_expiry" | "greeting" | "survey" | "deal" | "inquiry" | "move_in" | "emergency" | "holiday_visit" | "consultation" | "referred_complaint" | "promised_reply";
                                within: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                            };
                            id: number;
                            preset: string | null;
                            presetRule: string | null;
                            version: number;
                            versions: {
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访规则（当前版本与历史版本） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            definition: {
                                assignee: ({
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                }) | {
                                    general: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    /** @enum {string} */
                                    kind: "by_severity";
                                    major: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    urgent: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                };
                                audience: {
                                    /** @description 排除标签 */
                                    excludeTags?: string[];
                                    /** @description 客户类型 */
                                    kinds: string[];
                                    /** @description 省份 */
                                    provinces: string[];
                                    severities: ("general" | "urgent" | "major")[];
                                    /** @description 客户状态 */
                                    statuses: string[];
                                    /** @description 标签 */
                                    tags: string[];
                                    /** @description 客户等级 */
                                    tiers: string[];
                                };
                                description: string;
                                /** @enum {unknown} */
                                method: "phone" | "onsite" | "email" | "sms" | "wechat" | "letter" | "other";
                                name: string;
                                /** @enum {unknown} */
                                priority: "low" | "normal" | "high" | "urgent";
                                proactive: boolean;
                                questionnaire: {
                                    /** @enum {unknown} */
                                    kind: "rating" | "choice" | "text";
                                    options: string[];
                                    question: string;
                                }[];
                                samplingRate: number;
                                /** @description 话术 */
                                script: string;
                                serviceCritical: boolean;
                                signatureRequired: boolean;
                                start: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                                trigger: {
                                    every: number;
                                    /** @enum {string} */
                                    kind: "periodic";
                                    /** @enum {unknown} */
                                    unit: "day" | "week" | "month";
                                } | {
                                    /** @enum {unknown} */
                                    event: "customer_created" | "deal" | "installation" | "repair" | "maintenance" | "activity" | "sales_visit" | "contract_expiring" | "birthday" | "anniversary" | "public_holiday" | "issue_resolved" | "inquiry_call" | "showroom_visit" | "move_in" | "emergency_handled" | "milestone";
                                    /** @enum {string} */
                                    kind: "event";
                                };
                                /** @enum {unknown} */
                                type: "first" | "routine" | "onsite" | "complaint" | "repair" | "activity" | "verification" | "contract_expiry" | "greeting" | "survey" | "deal" | "inquiry" | "move_in" | "emergency" | "holiday_visit" | "consultation" | "referred_complaint" | "promised_reply";
                                within: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                            };
                            id: number;
                            preset: string | null;
                            presetRule: string | null;
                            version: number;
                            versions: {
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 修改回访规则（生成新版本；已生成的任务保留原版本） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definition: {
                            assignee: ({
                                /** @enum {string} */
                                kind: "owner";
                            } | {
                                /** @enum {string} */
                                kind: "agent";
                            } | {
                                department: string | null;
                                /** @enum {string} */
                                kind: "role";
                                /** @enum {unknown} */
                                role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                            }) | {
                                general: {
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                };
                                /** @enum {string} */
                                kind: "by_severity";
                                major: {
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                };
                                urgent: {
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                };
                            };
                            audience: {
                                /** @description 排除标签 */
                                excludeTags?: string[];
                                /** @description 客户类型 */
                                kinds: string[];
                                /** @description 省份 */
                                provinces: string[];
                                severities: ("general" | "urgent" | "major")[];
                                /** @description 客户状态 */
                                statuses: string[];
                                /** @description 标签 */
                                tags: string[];
                                /** @description 客户等级 */
                                tiers: string[];
                            };
                            description: string;
                            /** @enum {unknown} */
                            method: "phone" | "onsite" | "email" | "sms" | "wechat" | "letter" | "other";
                            name: string;
                            /** @enum {unknown} */
                            priority: "low" | "normal" | "high" | "urgent";
                            proactive: boolean;
                            questionnaire: {
                                /** @enum {unknown} */
                                kind: "rating" | "choice" | "text";
                                options: string[];
                                question: string;
                            }[];
                            samplingRate: number;
                            /** @description 话术 */
                            script: string;
                            serviceCritical: boolean;
                            signatureRequired: boolean;
                            start: {
                                amount: number;
                                /** @enum {unknown} */
                                unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                            };
                            trigger: {
                                every: number;
                                /** @enum {string} */
                                kind: "periodic";
                                /** @enum {unknown} */
                                unit: "day" | "week" | "month";
                            } | {
                                /** @enum {unknown} */
                                event: "customer_created" | "deal" | "installation" | "repair" | "maintenance" | "activity" | "sales_visit" | "contract_expiring" | "birthday" | "anniversary" | "public_holiday" | "issue_resolved" | "inquiry_call" | "showroom_visit" | "move_in" | "emergency_handled" | "milestone";
                                /** @enum {string} */
                                kind: "event";
                            };
                            /** @enum {unknown} */
                            type: "first" | "routine" | "onsite" | "complaint" | "repair" | "activity" | "verification" | "contract_expiry" | "greeting" | "survey" | "deal" | "inquiry" | "move_in" | "emergency" | "holiday_visit" | "consultation" | "referred_complaint" | "promised_reply";
                            within: {
                                amount: number;
                                /** @enum {unknown} */
                                unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                            };
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            definition: {
                                assignee: ({
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                }) | {
                                    general: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    /** @enum {string} */
                                    kind: "by_severity";
                                    major: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    urgent: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                };
                                audience: {
                                    /** @description 排除标签 */
                                    excludeTags?: string[];
                                    /** @description 客户类型 */
                                    kinds: string[];
                                    /** @description 省份 */
                                    provinces: string[];
                                    severities: ("general" | "urgent" | "major")[];
                                    /** @description 客户状态 */
                                    statuses: string[];
                                    /** @description 标签 */
                                    tags: string[];
                                    /** @description 客户等级 */
                                    tiers: string[];
                                };
                                description: string;
                                /** @enum {unknown} */
                                method: "phone" | "onsite" | "email" | "sms" | "wechat" | "letter" | "other";
                                name: string;
                                /** @enum {unknown} */
                                priority: "low" | "normal" | "high" | "urgent";
                                proactive: boolean;
                                questionnaire: {
                                    /** @enum {unknown} */
                                    kind: "rating" | "choice" | "text";
                                    options: string[];
                                    question: string;
                                }[];
                                samplingRate: number;
                                /** @description 话术 */
                                script: string;
                                serviceCritical: boolean;
                                signatureRequired: boolean;
                                start: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                                trigger: {
                                    every: number;
                                    /** @enum {string} */
                                    kind: "periodic";
                                    /** @enum {unknown} */
                                    unit: "day" | "week" | "month";
                                } | {
                                    /** @enum {unknown} */
                                    event: "customer_created" | "deal" | "installation" | "repair" | "maintenance" | "activity" | "sales_visit" | "contract_expiring" | "birthday" | "anniversary" | "public_holiday" | "issue_resolved" | "inquiry_call" | "showroom_visit" | "move_in" | "emergency_handled" | "milestone";
                                    /** @enum {string} */
                                    kind: "event";
                                };
                                /** @enum {unknown} */
                                type: "first" | "routine" | "onsite" | "complaint" | "repair" | "activity" | "verification" | "contract_expiry" | "greeting" | "survey" | "deal" | "inquiry" | "move_in" | "emergency" | "holiday_visit" | "consultation" | "referred_complaint" | "promised_reply";
                                within: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                            };
                            id: number;
                            preset: string | null;
                            presetRule: string | null;
                            version: number;
                            versions: {
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-rules/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用回访规则 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            definition: {
                                assignee: ({
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                }) | {
                                    general: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    /** @enum {string} */
                                    kind: "by_severity";
                                    major: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    urgent: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                };
                                audience: {
                                    /** @description 排除标签 */
                                    excludeTags?: string[];
                                    /** @description 客户类型 */
                                    kinds: string[];
                                    /** @description 省份 */
                                    provinces: string[];
                                    severities: ("general" | "urgent" | "major")[];
                                    /** @description 客户状态 */
                                    statuses: string[];
                                    /** @description 标签 */
                                    tags: string[];
                                    /** @description 客户等级 */
                                    tiers: string[];
                                };
                                description: string;
                                /** @enum {unknown} */
                                method: "phone" | "onsite" | "email" | "sms" | "wechat" | "letter" | "other";
                                name: string;
                                /** @enum {unknown} */
                                priority: "low" | "normal" | "high" | "urgent";
                                proactive: boolean;
                                questionnaire: {
                                    /** @enum {unknown} */
                                    kind: "rating" | "choice" | "text";
                                    options: string[];
                                    question: string;
                                }[];
                                samplingRate: number;
                                /** @description 话术 */
                                script: string;
                                serviceCritical: boolean;
                                signatureRequired: boolean;
                                start: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                                trigger: {
                                    every: number;
                                    /** @enum {string} */
                                    kind: "periodic";
                                    /** @enum {unknown} */
                                    unit: "day" | "week" | "month";
                                } | {
                                    /** @enum {unknown} */
                                    event: "customer_created" | "deal" | "installation" | "repair" | "maintenance" | "activity" | "sales_visit" | "contract_expiring" | "birthday" | "anniversary" | "public_holiday" | "issue_resolved" | "inquiry_call" | "showroom_visit" | "move_in" | "emergency_handled" | "milestone";
                                    /** @enum {string} */
                                    kind: "event";
                                };
                                /** @enum {unknown} */
                                type: "first" | "routine" | "onsite" | "complaint" | "repair" | "activity" | "verification" | "contract_expiry" | "greeting" | "survey" | "deal" | "inquiry" | "move_in" | "emergency" | "holiday_visit" | "consultation" | "referred_complaint" | "promised_reply";
                                within: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                            };
                            id: number;
                            preset: string | null;
                            presetRule: string | null;
                            version: number;
                            versions: {
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-rules/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用回访规则 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            definition: {
                                assignee: ({
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                }) | {
                                    general: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    /** @enum {string} */
                                    kind: "by_severity";
                                    major: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                    urgent: {
                                        /** @enum {string} */
                                        kind: "owner";
                                    } | {
                                        /** @enum {string} */
                                        kind: "agent";
                                    } | {
                                        department: string | null;
                                        /** @enum {string} */
                                        kind: "role";
                                        /** @enum {unknown} */
                                        role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                    };
                                };
                                audience: {
                                    /** @description 排除标签 */
                                    excludeTags?: string[];
                                    /** @description 客户类型 */
                                    kinds: string[];
                                    /** @description 省份 */
                                    provinces: string[];
                                    severities: ("general" | "urgent" | "major")[];
                                    /** @description 客户状态 */
                                    statuses: string[];
                                    /** @description 标签 */
                                    tags: string[];
                                    /** @description 客户等级 */
                                    tiers: string[];
                                };
                                description: string;
                                /** @enum {unknown} */
                                method: "phone" | "onsite" | "email" | "sms" | "wechat" | "letter" | "other";
                                name: string;
                                /** @enum {unknown} */
                                priority: "low" | "normal" | "high" | "urgent";
                                proactive: boolean;
                                questionnaire: {
                                    /** @enum {unknown} */
                                    kind: "rating" | "choice" | "text";
                                    options: string[];
                                    question: string;
                                }[];
                                samplingRate: number;
                                /** @description 话术 */
                                script: string;
                                serviceCritical: boolean;
                                signatureRequired: boolean;
                                start: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                                trigger: {
                                    every: number;
                                    /** @enum {string} */
                                    kind: "periodic";
                                    /** @enum {unknown} */
                                    unit: "day" | "week" | "month";
                                } | {
                                    /** @enum {unknown} */
                                    event: "customer_created" | "deal" | "installation" | "repair" | "maintenance" | "activity" | "sales_visit" | "contract_expiring" | "birthday" | "anniversary" | "public_holiday" | "issue_resolved" | "inquiry_call" | "showroom_visit" | "move_in" | "emergency_handled" | "milestone";
                                    /** @enum {string} */
                                    kind: "event";
                                };
                                /** @enum {unknown} */
                                type: "first" | "routine" | "onsite" | "complaint" | "repair" | "activity" | "verification" | "contract_expiry" | "greeting" | "survey" | "deal" | "inquiry" | "move_in" | "emergency" | "holiday_visit" | "consultation" | "referred_complaint" | "promised_reply";
                                within: {
                                    amount: number;
                                    /** @enum {unknown} */
                                    unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                                };
                            };
                            id: number;
                            preset: string | null;
                            presetRule: string | null;
                            version: number;
                            versions: {
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-rules/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 规则预览：未来若干天（默认 30 天）将为现有客户生成的任务数，按日与执行人（不写入） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        days?: number;
                        definition: {
                            assignee: ({
                                /** @enum {string} */
                                kind: "owner";
                            } | {
                                /** @enum {string} */
                                kind: "agent";
                            } | {
                                department: string | null;
                                /** @enum {string} */
                                kind: "role";
                                /** @enum {unknown} */
                                role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                            }) | {
                                general: {
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                };
                                /** @enum {string} */
                                kind: "by_severity";
                                major: {
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                };
                                urgent: {
                                    /** @enum {string} */
                                    kind: "owner";
                                } | {
                                    /** @enum {string} */
                                    kind: "agent";
                                } | {
                                    department: string | null;
                                    /** @enum {string} */
                                    kind: "role";
                                    /** @enum {unknown} */
                                    role: "agent" | "account_manager" | "supervisor" | "dept_manager" | "executive" | "analyst" | "marketing" | "admin";
                                };
                            };
                            audience: {
                                /** @description 排除标签 */
                                excludeTags?: string[];
                                /** @description 客户类型 */
                                kinds: string[];
                                /** @description 省份 */
                                provinces: string[];
                                severities: ("general" | "urgent" | "major")[];
                                /** @description 客户状态 */
                                statuses: string[];
                                /** @description 标签 */
                                tags: string[];
                                /** @description 客户等级 */
                                tiers: string[];
                            };
                            description: string;
                            /** @enum {unknown} */
                            method: "phone" | "onsite" | "email" | "sms" | "wechat" | "letter" | "other";
                            name: string;
                            /** @enum {unknown} */
                            priority: "low" | "normal" | "high" | "urgent";
                            proactive: boolean;
                            questionnaire: {
                                /** @enum {unknown} */
                                kind: "rating" | "choice" | "text";
                                options: string[];
                                question: string;
                            }[];
                            samplingRate: number;
                            /** @description 话术 */
                            script: string;
                            serviceCritical: boolean;
                            signatureRequired: boolean;
                            start: {
                                amount: number;
                                /** @enum {unknown} */
                                unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                            };
                            trigger: {
                                every: number;
                                /** @enum {string} */
                                kind: "periodic";
                                /** @enum {unknown} */
                                unit: "day" | "week" | "month";
                            } | {
                                /** @enum {unknown} */
                                event: "customer_created" | "deal" | "installation" | "repair" | "maintenance" | "activity" | "sales_visit" | "contract_expiring" | "birthday" | "anniversary" | "public_holiday" | "issue_resolved" | "inquiry_call" | "showroom_visit" | "move_in" | "emergency_handled" | "milestone";
                                /** @enum {string} */
                                kind: "event";
                            };
                            /** @enum {unknown} */
                            type: "first" | "routine" | "onsite" | "complaint" | "repair" | "activity" | "verification" | "contract_expiry" | "greeting" | "survey" | "deal" | "inquiry" | "move_in" | "emergency" | "holiday_visit" | "consultation" | "referred_complaint" | "promised_reply";
                            within: {
                                amount: number;
                                /** @enum {unknown} */
                                unit: "hours" | "working_hours" | "calendar_days" | "working_days" | "months";
                            };
                        };
                        ruleId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignees: {
                                assigneeId: number | null;
                                assigneeName: string | null;
                                tasks: number;
                            }[];
                            /**
                             * @description schedule 按规则周期推算；past_events 事件规则按过去同样天数的事件估算
                             * @enum {unknown}
                             */
                            basis: "schedule" | "past_events";
                            days: {
                                /** Format: date */
                                date: string;
                                tasks: number;
                            }[];
                            total: number;
                            uncoveredYears: number[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访任务（自己的，及数据范围内客户的），按截止时间排序；dueFrom/dueTo、startFrom/startTo 为日期时按公司时区的整天（含结束日） */
        get: {
            parameters: {
                query?: {
                    assigneeId?: number;
                    cursor?: string;
                    customerId?: number;
                    dueFrom?: string;
                    dueTo?: string;
                    limit?: number;
                    ruleId?: number;
                    startFrom?: string;
                    startTo?: string;
                    /** @description 状态，可用逗号分隔多个：pending,overdue */
                    status?: string;
                    /** @description 只看本组（数据范围内在职的回访人员）的任务；需派工权限 */
                    team?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assigneeId: number | null;
                                assigneeName: string | null;
                                attempts: number;
                                /** @description 截止日期用到了无人录入节假日安排的年份（仅按周末计算） */
                                calendarUncovered: boolean;
                                /** Format: date-time */
                                completedAt: string | null;
                                /** @description 客户要求免打扰，但为未结投诉的必要服务回访 */
                                contactDespiteDnc: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                customerCode: string;
                                customerId: number;
                                customerName: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @description 任务结束原因：refused（客户拒访）或 failed:<最后一次结果>（failedAttempts 次联系未果，如 failed:no_answer） */
                                endReason: string | null;
                                /** Format: date-time */
                                eventAt: string | null;
                                eventKind: string | null;
                                /** @description 失败的联系次数（未接通、忙线、号码错误） */
                                failedAttempts: number;
                                id: number;
                                /** @description phone 电话 / onsite 上门/面谈 / email 邮件 / sms 短信 / wechat QQ/微信 / letter 信函/公开信 / other 其他 */
                                method: string;
                                /** Format: date-time */
                                nextAttemptAt: string | null;
                                priority: string;
                                /** @description 完成任务的回访记录 */
                                recordId: number | null;
                                ruleId: number | null;
                                ruleVersion: number | null;
                                signatureRequired: boolean;
                                /** Format: date-time */
                                startAt: string;
                                /** @description pending 待执行 / in_progress 进行中 / done 已完成 / unreachable 未接通 / cancelled 已取消 / overdue 已逾期 */
                                status: string;
                                /** @description first 首次回访 / routine 常规回访 / onsite 现场回访 / complaint 投诉回访 / repair 维修回访 / activity 活动回访 / verification 拜访核查 / contract_expiry 合同到期 / greeting 节日问候 / survey 满意度调查 / deal 成交回访 / inquiry 来电/来访回访 / move_in 入伙回访 / emergency 突发事件回访 / holiday_visit 重点节日探望 / consultation 业主意见征询 / referred_complaint 上级转呈投诉回访 / promised_reply 约定回复 */
                                type: string;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 任务详情：客户联系人（按权限脱敏）、话术、问卷、准备事项、最佳致电时间、最近回访、联系记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: number | null;
                            assigneeName: string | null;
                            attempts: number;
                            /** @description 截止日期用到了无人录入节假日安排的年份（仅按周末计算） */
                            calendarUncovered: boolean;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** @description 客户要求免打扰，但为未结投诉的必要服务回访 */
                            contactDespiteDnc: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            customerCode: string;
                            customerId: number;
                            customerName: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** @description 任务结束原因：refused（客户拒访）或 failed:<最后一次结果>（failedAttempts 次联系未果，如 failed:no_answer） */
                            endReason: string | null;
                            /** Format: date-time */
                            eventAt: string | null;
                            eventKind: string | null;
                            /** @description 失败的联系次数（未接通、忙线、号码错误） */
                            failedAttempts: number;
                            id: number;
                            /** @description phone 电话 / onsite 上门/面谈 / email 邮件 / sms 短信 / wechat QQ/微信 / letter 信函/公开信 / other 其他 */
                            method: string;
                            /** Format: date-time */
                            nextAttemptAt: string | null;
                            priority: string;
                            /** @description 完成任务的回访记录 */
                            recordId: number | null;
                            ruleId: number | null;
                            ruleVersion: number | null;
                            signatureRequired: boolean;
                            /** Format: date-time */
                            startAt: string;
                            /** @description pending 待执行 / in_progress 进行中 / done 已完成 / unreachable 未接通 / cancelled 已取消 / overdue 已逾期 */
                            status: string;
                            /** @description first 首次回访 / routine 常规回访 / onsite 现场回访 / complaint 投诉回访 / repair 维修回访 / activity 活动回访 / verification 拜访核查 / contract_expiry 合同到期 / greeting 节日问候 / survey 满意度调查 / deal 成交回访 / inquiry 来电/来访回访 / move_in 入伙回访 / emergency 突发事件回访 / holiday_visit 重点节日探望 / consultation 业主意见征询 / referred_complaint 上级转呈投诉回访 / promised_reply 约定回复 */
                            type: string;
                        } & {
                            /**
                             * Format: date
                             * @description 上门回访须在此日前与客户约定时间地点（提前 3 天）
                             */
                            agreeBy: string | null;
                            attemptLog: {
                                /** Format: date-time */
                                attemptedAt: string;
                                /** Format: date-time */
                                callbackAt: string | null;
                                id: number;
                                note: string | null;
                                outcome: string;
                                staffName: string;
                            }[];
                            /** @description 最佳致电时间 */
                            bestTime: {
                                /** @description 学习所依据的接听次数 */
                                answered: number;
                                /**
                                 * @description learned 按该客户以往接听的时段；preferred 接听记录不足时用公司优先联系时段
                                 * @enum {unknown}
                                 */
                                basis: "learned" | "preferred";
                                windows: {
                                    end: string;
                                    start: string;
                                }[];
                            };
                            contacts: {
                                email: string | null;
                                id: number;
                                isPrimary: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string;
                                phone: string | null;
                                position: string | null;
                            }[];
                            /** @enum {unknown} */
                            contactsExposure: "full" | "masked" | "hidden";
                            customerTier: string | null;
                            doNotContact: boolean;
                            lastRecords: {
                                /** Format: date-time */
                                contactedAt: string;
                                id: number;
                                keyPoints: string | null;
                                method: string;
                                number: string;
                                opinions: string | null;
                                productSatisfaction: number | null;
                                result: string | null;
                                serviceSatisfaction: number | null;
                                staffName: string;
                            }[];
                            /** @description 客户回访准备事项 */
                            preparation: {
                                checks: {
                                    en: string;
                                    zh: string;
                                }[];
                                item: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            questionnaire: {
                                kind: string;
                                options: string[];
                                question: string;
                            }[];
                            ruleName: string | null;
                            /** @description 话术 */
                            script: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-tasks/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记联系结果（未接通、忙线、号码错误、拒访、约定回拨）：在联系时段内改期，或结束任务 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        callbackAt?: string;
                        contactId?: number;
                        note?: string;
                        /**
                         * @description no_answer 未接通 / busy 忙线 / wrong_number 号码错误 / refused 拒访 / callback 约定回拨
                         * @enum {unknown}
                         */
                        outcome: "no_answer" | "busy" | "wrong_number" | "refused" | "callback";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: number | null;
                            assigneeName: string | null;
                            attempts: number;
                            /** @description 截止日期用到了无人录入节假日安排的年份（仅按周末计算） */
                            calendarUncovered: boolean;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** @description 客户要求免打扰，但为未结投诉的必要服务回访 */
                            contactDespiteDnc: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            customerCode: string;
                            customerId: number;
                            customerName: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** @description 任务结束原因：refused（客户拒访）或 failed:<最后一次结果>（failedAttempts 次联系未果，如 failed:no_answer） */
                            endReason: string | null;
                            /** Format: date-time */
                            eventAt: string | null;
                            eventKind: string | null;
                            /** @description 失败的联系次数（未接通、忙线、号码错误） */
                            failedAttempts: number;
                            id: number;
                            /** @description phone 电话 / onsite 上门/面谈 / email 邮件 / sms 短信 / wechat QQ/微信 / letter 信函/公开信 / other 其他 */
                            method: string;
                            /** Format: date-time */
                            nextAttemptAt: string | null;
                            priority: string;
                            /** @description 完成任务的回访记录 */
                            recordId: number | null;
                            ruleId: number | null;
                            ruleVersion: number | null;
                            signatureRequired: boolean;
                            /** Format: date-time */
                            startAt: string;
                            /** @description pending 待执行 / in_progress 进行中 / done 已完成 / unreachable 未接通 / cancelled 已取消 / overdue 已逾期 */
                            status: string;
                            /** @description first 首次回访 / routine 常规回访 / onsite 现场回访 / complaint 投诉回访 / repair 维修回访 / activity 活动回访 / verification 拜访核查 / contract_expiry 合同到期 / greeting 节日问候 / survey 满意度调查 / deal 成交回访 / inquiry 来电/来访回访 / move_in 入伙回访 / emergency 突发事件回访 / holiday_visit 重点节日探望 / consultation 业主意见征询 / referred_complaint 上级转呈投诉回访 / promised_reply 约定回复 */
                            type: string;
                        } & {
                            /**
                             * Format: date
                             * @description 上门回访须在此日前与客户约定时间地点（提前 3 天）
                             */
                            agreeBy: string | null;
                            attemptLog: {
                                /** Format: date-time */
                                attemptedAt: string;
                                /** Format: date-time */
                                callbackAt: string | null;
                                id: number;
                                note: string | null;
                                outcome: string;
                                staffName: string;
                            }[];
                            /** @description 最佳致电时间 */
                            bestTime: {
                                /** @description 学习所依据的接听次数 */
                                answered: number;
                                /**
                                 * @description learned 按该客户以往接听的时段；preferred 接听记录不足时用公司优先联系时段
                                 * @enum {unknown}
                                 */
                                basis: "learned" | "preferred";
                                windows: {
                                    end: string;
                                    start: string;
                                }[];
                            };
                            contacts: {
                                email: string | null;
                                id: number;
                                isPrimary: boolean;
                                masked: boolean;
                                mobile: string | null;
                                name: string;
                                phone: string | null;
                                position: string | null;
                            }[];
                            /** @enum {unknown} */
                            contactsExposure: "full" | "masked" | "hidden";
                            customerTier: string | null;
                            doNotContact: boolean;
                            lastRecords: {
                                /** Format: date-time */
                                contactedAt: string;
                                id: number;
                                keyPoints: string | null;
                                method: string;
                                number: string;
                                opinions: string | null;
                                productSatisfaction: number | null;
                                result: string | null;
                                serviceSatisfaction: number | null;
                                staffName: string;
                            }[];
                            /** @description 客户回访准备事项 */
                            preparation: {
                                checks: {
                                    en: string;
                                    zh: string;
                                }[];
                                item: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            questionnaire: {
                                kind: string;
                                options: string[];
                                question: string;
                            }[];
                            ruleName: string | null;
                            /** @description 话术 */
                            script: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followup-tasks/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改派任务给团队中的其他回访人员 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assigneeId: number;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: number | null;
                            assigneeName: string | null;
                            attempts: number;
                            /** @description 截止日期用到了无人录入节假日安排的年份（仅按周末计算） */
                            calendarUncovered: boolean;
                            /** Format: date-time */
                            completedAt: string | null;
                            /** @description 客户要求免打扰，但为未结投诉的必要服务回访 */
                            contactDespiteDnc: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            customerCode: string;
                            customerId: number;
                            customerName: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** @description 任务结束原因：refused（客户拒访）或 failed:<最后一次结果>（failedAttempts 次联系未果，如 failed:no_answer） */
                            endReason: string | null;
                            /** Format: date-time */
                            eventAt: string | null;
                            eventKind: string | null;
                            /** @description 失败的联系次数（未接通、忙线、号码错误） */
                            failedAttempts: number;
                            id: number;
                            /** @description phone 电话 / onsite 上门/面谈 / email 邮件 / sms 短信 / wechat QQ/微信 / letter 信函/公开信 / other 其他 */
                            method: string;
                            /** Format: date-time */
                            nextAttemptAt: string | null;
                            priority: string;
                            /** @description 完成任务的回访记录 */
                            recordId: number | null;
                            ruleId: number | null;
                            ruleVersion: number | null;
                            signatureRequired: boolean;
                            /** Format: date-time */
                            startAt: string;
                            /** @description pending 待执行 / in_progress 进行中 / done 已完成 / unreachable 未接通 / cancelled 已取消 / overdue 已逾期 */
                            status: string;
                            /** @description first 首次回访 / routine 常规回访 / onsite 现场回访 / complaint 投诉回访 / repair 维修回访 / activity 活动回访 / verification 拜访核查 / contract_expiry 合同到期 / greeting 节日问候 / survey 满意度调查 / deal 成交回访 / inquiry 来电/来访回访 / move_in 入伙回访 / emergency 突发事件回访 / holiday_visit 重点节日探望 / consultation 业主意见征询 / referred_complaint 上级转呈投诉回访 / promised_reply 约定回复 */
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grade-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 等级申报：我的 (box=mine) / 待我审批 (box=to_approve) */
        get: {
            parameters: {
                query?: {
                    box?: "mine" | "to_approve";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                customerCode: string;
                                customerId: number;
                                customerName: string;
                                deptComment: string | null;
                                deptDecidedByName: string | null;
                                execComment: string | null;
                                execDecidedByName: string | null;
                                /** @description 申报数据（绝密，无权查看时为空） */
                                figures: {
                                    [key: string]: unknown;
                                } | null;
                                fromTier: string;
                                id: number;
                                proposedTier: string;
                                reasons: string;
                                requesterName: string;
                                status: string;
                                statusLabel: string;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 提交客户等级申报（默认部门经理、总经理两级审批，审批流程可配置） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId: number;
                        figures?: {
                            /** @description 年交易金额（元） */
                            amount?: string | number;
                            /** @description 年销量 */
                            annualVolume?: number;
                            /** @description 信用额度 */
                            creditLimit?: string | number;
                            /** @description 交易次数 */
                            deals?: number;
                            /** @description 逾期次数 */
                            overdueCount?: number;
                            /** @description 付款方式 */
                            paymentMethod?: string;
                        };
                        /** @enum {unknown} */
                        proposedTier: "A" | "B" | "C" | "D";
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            customerCode: string;
                            customerId: number;
                            customerName: string;
                            deptComment: string | null;
                            deptDecidedByName: string | null;
                            execComment: string | null;
                            execDecidedByName: string | null;
                            /** @description 申报数据（绝密，无权查看时为空） */
                            figures: {
                                [key: string]: unknown;
                            } | null;
                            fromTier: string;
                            id: number;
                            proposedTier: string;
                            reasons: string;
                            requesterName: string;
                            status: string;
                            statusLabel: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grade-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准本级（部门经理 → 总经理 → 生效） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            customerCode: string;
                            customerId: number;
                            customerName: string;
                            deptComment: string | null;
                            deptDecidedByName: string | null;
                            execComment: string | null;
                            execDecidedByName: string | null;
                            /** @description 申报数据（绝密，无权查看时为空） */
                            figures: {
                                [key: string]: unknown;
                            } | null;
                            fromTier: string;
                            id: number;
                            proposedTier: string;
                            reasons: string;
                            requesterName: string;
                            status: string;
                            statusLabel: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grade-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回（须填写原因） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            customerCode: string;
                            customerId: number;
                            customerName: string;
                            deptComment: string | null;
                            deptDecidedByName: string | null;
                            execComment: string | null;
                            execDecidedByName: string | null;
                            /** @description 申报数据（绝密，无权查看时为空） */
                            figures: {
                                [key: string]: unknown;
                            } | null;
                            fromTier: string;
                            id: number;
                            proposedTier: string;
                            reasons: string;
                            requesterName: string;
                            status: string;
                            statusLabel: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issue-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 方案审批：待我审批的（to_approve）、我提交的（mine）或我范围内的全部（all） */
        get: {
            parameters: {
                query?: {
                    box?: "mine" | "to_approve" | "all";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 审批意见 */
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description 第几轮处理 */
                                cycle: number;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                issueDescription: string;
                                issueId: number;
                                issueNumber: string;
                                plan: string;
                                /** @description 提交人 */
                                requesterId: number;
                                requesterName: string;
                                /**
                                 * @description pending 待审批 / approved 已批准 / rejected 已驳回
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                                /** @description 待谁审批（如 主管领导） */
                                stepLabel: string | null;
                                /** @description 问题已重开，此为前一轮的方案 */
                                superseded: boolean;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent" | "major";
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issue-plans/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准处理方案 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 审批意见 */
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description 第几轮处理 */
                            cycle: number;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            id: number;
                            issueDescription: string;
                            issueId: number;
                            issueNumber: string;
                            plan: string;
                            /** @description 提交人 */
                            requesterId: number;
                            requesterName: string;
                            /**
                             * @description pending 待审批 / approved 已批准 / rejected 已驳回
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                            /** @description 待谁审批（如 主管领导） */
                            stepLabel: string | null;
                            /** @description 问题已重开，此为前一轮的方案 */
                            superseded: boolean;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent" | "major";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issue-plans/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回处理方案（须说明要改什么） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 审批意见 */
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description 第几轮处理 */
                            cycle: number;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            id: number;
                            issueDescription: string;
                            issueId: number;
                            issueNumber: string;
                            plan: string;
                            /** @description 提交人 */
                            requesterId: number;
                            requesterName: string;
                            /**
                             * @description pending 待审批 / approved 已批准 / rejected 已驳回
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                            /** @description 待谁审批（如 主管领导） */
                            stepLabel: string | null;
                            /** @description 问题已重开，此为前一轮的方案 */
                            superseded: boolean;
                            /** @enum {unknown} */
                            urgency: "normal" | "urgent" | "major";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问题列表（数据范围内），按提出时间倒序 */
        get: {
            parameters: {
                query?: {
                    /** @description 已超时未解决 */
                    breaching?: boolean;
                    category?: string;
                    cursor?: string;
                    customerId?: number;
                    departmentId?: number;
                    limit?: number;
                    /** @description 我负责的 */
                    mine?: boolean;
                    /** @description 本部门的 */
                    myDepartment?: boolean;
                    ownerId?: number;
                    /** @description 编号、描述或客户名称 */
                    q?: string;
                    /** @description 逗号分隔多个 */
                    status?: string;
                    /** @description 逗号分隔多个 */
                    urgency?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description 可流转到的状态 */
                                allowedNext: ("pending" | "in_progress" | "resolved" | "closed" | "no_action")[];
                                anonymous: boolean;
                                breached: {
                                    firstResponse: boolean;
                                    /** @description 承诺答复客户的时间已过而未告知 */
                                    promisedReply: boolean;
                                    solution: boolean;
                                };
                                category: string | null;
                                /**
                                 * @description phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈
                                 * @enum {unknown}
                                 */
                                channel: "phone" | "email" | "visit" | "online" | "escalated";
                                /**
                                 * @description 计时：自然时间 / 工作时间
                                 * @enum {unknown}
                                 */
                                clock: "wall" | "working";
                                /** Format: date-time */
                                closedAt: string | null;
                                customerCode: string | null;
                                customerId: number | null;
                                customerName: string | null;
                                /** @description 第几轮处理（重开后加一） */
                                cycle: number;
                                departmentId: number | null;
                                departmentName: string | null;
                                description: string;
                                /** @description 重复反映：并入的问题 */
                                duplicateOfId: number | null;
                                escalationLevel: ("remind" | "supervisor" | "department_head") | (never | null);
                                /** Format: date-time */
                                expectedResolutionAt: string | null;
                                /** Format: date-time */
                                firstResponseAt: string | null;
                                /** Format: date-time */
                                firstResponseDueAt: string;
                                id: number;
                                /** @description 问题编号 WT+年月+序号 */
                                number: string;
                                /** @description 第一负责人 */
                                ownerId: number;
                                ownerName: string;
                                /** Format: date-time */
                                pausedAt: string | null;
                                /** Format: date-time */
                                promisedReplyAt: string | null;
                                /** Format: date-time */
                                promisedReplyMetAt: string | null;
                                /** Format: date-time */
                                raisedAt: string;
                                /** Format: date-time */
                                registeredAt: string;
                                /** @description 仅需答复（不回访） */
                                replyOnly: boolean;
                                reporterName: string | null;
                                /** Format: date-time */
                                resolvedAt: string | null;
                                satisfaction: number | null;
                                /** Format: date-time */
                                solutionDueAt: string;
                                /**
                                 * @description pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理
                                 * @enum {unknown}
                                 */
                                status: "pending" | "in_progress" | "resolved" | "closed" | "no_action";
                                /**
                                 * @description normal 一般 / urgent 紧急 / major 重大
                                 * @enum {unknown}
                                 */
                                urgency: "normal" | "urgent" | "major";
                                version: number;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 登记问题/投诉：按紧急程度与分类的 SLA 计算期限（自提出时间起）；紧急/重大立即通知主管 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        anonymous?: boolean;
                        category?: string;
                        /**
                         * @description phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈
                         * @enum {unknown}
                         */
                        channel: "phone" | "email" | "visit" | "online" | "escalated";
                        customerId?: number;
                        departmentId?: number;
                        description: string;
                        /** Format: date-time */
                        expectedResolutionAt?: string;
                        ownerId?: number;
                        /** Format: date-time */
                        promisedReplyAt?: string;
                        /** Format: date-time */
                        raisedAt: string;
                        replyOnly?: boolean;
                        reporterName?: string;
                        reporterPhone?: string;
                        /**
                         * @description normal 一般 / urgent 紧急 / major 重大
                         * @enum {unknown}
                         */
                        urgency: "normal" | "urgent" | "major";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 可流转到的状态 */
                            allowedNext: ("pending" | "in_progress" | "resolved" | "closed" | "no_action")[];
                            anonymous: boolean;
                            breached: {
                                firstResponse: boolean;
                                /** @description 承诺答复客户的时间已过而未告知 */
                                promisedReply: boolean;
                                solution: boolean;
                            };
                            category: string | null;
                            /**
                             * @description phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈
                             * @enum {unknown}
                             */
                            channel: "phone" | "email" | "visit" | "online" | "escalated";
                            /**
                             * @description 计时：自然时间 / 工作时间
                             * @enum {unknown}
                             */
                            clock: "wall" | "working";
                            /** Format: date-time */
                            closedAt: string | null;
                            customerCode: string | null;
                            customerId: number | null;
                            customerName: string | null;
                            /** @description 第几轮处理（重开后加一） */
                            cycle: number;
                            departmentId: number | null;
                            departmentName: string | null;
                            description: string;
                            /** @description 重复反映：并入的问题 */
                            duplicateOfId: number | null;
                            escalationLevel: ("remind" | "supervisor" | "department_head") | (never | null);
                            /** Format: date-time */
                            expectedResolutionAt: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: date-time */
                            firstResponseDueAt: string;
                            id: number;
                            /** @description 问题编号 WT+年月+序号 */
                            number: string;
                            /** @description 第一负责人 */
                            ownerId: number;
                            ownerName: string;
                            /** Format: date-time */
                            pausedAt: string | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            /** Format: date-time */
                            promisedReplyMetAt: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @description 仅需答复（不回访） */
                            replyOnly: boolean;
                            reporterName: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            satisfaction: number | null;
                            /** Format: date-time */
                            solutionDueAt: string;
                            /**
                             * @description pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理
                             * @enum {unknown}
                             */
                            status: "pending" | "in_progress" | "resolved" | "closed" | "no_action";
                            /**
                             * @description normal 一般 / urgent 紧急 / major 重大
                             * @enum {unknown}
                             */
                            urgency: "normal" | "urgent" | "major";
                            version: number;
                        } & {
                            atFaultUserId: number | null;
                            atFaultUserName: string | null;
                            duplicateOf: {
                                id: number;
                                number: string;
                            } | null;
                            /** @description 并入本问题的重复反映 */
                            duplicates: {
                                channel: string;
                                customerName: string | null;
                                id: number;
                                number: string;
                                /** Format: date-time */
                                raisedAt: string;
                            }[];
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                cycle: number | null;
                                deadline: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                step: string | null;
                            }[];
                            /** @description 答复本问题的公开信 */
                            letters: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                id: number;
                                /** @description 这封公开信答复的问题数 */
                                issueCount: number;
                                title: string;
                            }[];
                            noActionReason: string | null;
                            /** @description 处理方案须经领导审批后方可解决（按 SLA 策略） */
                            planRequired: boolean;
                            /** @description 处理方案（含各轮），旧的在前 */
                            plans: {
                                /** @description 审批意见 */
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description 第几轮处理 */
                                cycle: number;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                issueDescription: string;
                                issueId: number;
                                issueNumber: string;
                                plan: string;
                                /** @description 提交人 */
                                requesterId: number;
                                requesterName: string;
                                /**
                                 * @description pending 待审批 / approved 已批准 / rejected 已驳回
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                                /** @description 待谁审批（如 主管领导） */
                                stepLabel: string | null;
                                /** @description 问题已重开，此为前一轮的方案 */
                                superseded: boolean;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent" | "major";
                            }[];
                            recordId: number | null;
                            /** @description 来源回访记录编号 */
                            recordNumber: string | null;
                            registeredById: number;
                            registeredByName: string | null;
                            reporterPhone: string | null;
                            responsibility: ("personal" | "team") | (never | null);
                            revisits: {
                                assigneeId: number | null;
                                assigneeName: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                recordId: number | null;
                                recordNumber: string | null;
                                satisfaction: number | null;
                                status: string;
                                taskId: number;
                                type: string;
                            }[];
                            rootCause: string | null;
                            solution: string | null;
                            timeline: {
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                /** @description 修改：改了哪些字段 */
                                changedFields: string[];
                                /** @description 处理进度：是否已同步告知客户 */
                                customerInformed: boolean | null;
                                cycle: number | null;
                                deadline: string | null;
                                fromStatus: string | null;
                                id: number;
                                kind: string;
                                note: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                /** @description 回访结果：满意度 */
                                satisfaction: number | null;
                                step: string | null;
                                toStatus: string | null;
                            }[];
                            validity: ("valid" | "invalid") | (never | null);
                            validityReply: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问题详情：时间线、升级记录、解决后回访 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 可流转到的状态 */
                            allowedNext: ("pending" | "in_progress" | "resolved" | "closed" | "no_action")[];
                            anonymous: boolean;
                            breached: {
                                firstResponse: boolean;
                                /** @description 承诺答复客户的时间已过而未告知 */
                                promisedReply: boolean;
                                solution: boolean;
                            };
                            category: string | null;
                            /**
                             * @description phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈
                             * @enum {unknown}
                             */
                            channel: "phone" | "email" | "visit" | "online" | "escalated";
                            /**
                             * @description 计时：自然时间 / 工作时间
                             * @enum {unknown}
                             */
                            clock: "wall" | "working";
                            /** Format: date-time */
                            closedAt: string | null;
                            customerCode: string | null;
                            customerId: number | null;
                            customerName: string | null;
                            /** @description 第几轮处理（重开后加一） */
                            cycle: number;
                            departmentId: number | null;
                            departmentName: string | null;
                            description: string;
                            /** @description 重复反映：并入的问题 */
                            duplicateOfId: number | null;
                            escalationLevel: ("remind" | "supervisor" | "department_head") | (never | null);
                            /** Format: date-time */
                            expectedResolutionAt: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: date-time */
                            firstResponseDueAt: string;
                            id: number;
                            /** @description 问题编号 WT+年月+序号 */
                            number: string;
                            /** @description 第一负责人 */
                            ownerId: number;
                            ownerName: string;
                            /** Format: date-time */
                            pausedAt: string | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            /** Format: date-time */
                            promisedReplyMetAt: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @description 仅需答复（不回访） */
                            replyOnly: boolean;
                            reporterName: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            satisfaction: number | null;
                            /** Format: date-time */
                            solutionDueAt: string;
                            /**
                             * @description pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理
                             * @enum {unknown}
                             */
                            status: "pending" | "in_progress" | "resolved" | "closed" | "no_action";
                            /**
                             * @description normal 一般 / urgent 紧急 / major 重大
                             * @enum {unknown}
                             */
                            urgency: "normal" | "urgent" | "major";
                            version: number;
                        } & {
                            atFaultUserId: number | null;
                            atFaultUserName: string | null;
                            duplicateOf: {
                                id: number;
                                number: string;
                            } | null;
                            /** @description 并入本问题的重复反映 */
                            duplicates: {
                                channel: string;
                                customerName: string | null;
                                id: number;
                                number: string;
                                /** Format: date-time */
                                raisedAt: string;
                            }[];
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                cycle: number | null;
                                deadline: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                step: string | null;
                            }[];
                            /** @description 答复本问题的公开信 */
                            letters: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                id: number;
                                /** @description 这封公开信答复的问题数 */
                                issueCount: number;
                                title: string;
                            }[];
                            noActionReason: string | null;
                            /** @description 处理方案须经领导审批后方可解决（按 SLA 策略） */
                            planRequired: boolean;
                            /** @description 处理方案（含各轮），旧的在前 */
                            plans: {
                                /** @description 审批意见 */
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description 第几轮处理 */
                                cycle: number;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                issueDescription: string;
                                issueId: number;
                                issueNumber: string;
                                plan: string;
                                /** @description 提交人 */
                                requesterId: number;
                                requesterName: string;
                                /**
                                 * @description pending 待审批 / approved 已批准 / rejected 已驳回
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                                /** @description 待谁审批（如 主管领导） */
                                stepLabel: string | null;
                                /** @description 问题已重开，此为前一轮的方案 */
                                superseded: boolean;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent" | "major";
                            }[];
                            recordId: number | null;
                            /** @description 来源回访记录编号 */
                            recordNumber: string | null;
                            registeredById: number;
                            registeredByName: string | null;
                            reporterPhone: string | null;
                            responsibility: ("personal" | "team") | (never | null);
                            revisits: {
                                assigneeId: number | null;
                                assigneeName: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                recordId: number | null;
                                recordNumber: string | null;
                                satisfaction: number | null;
                                status: string;
                                taskId: number;
                                type: string;
                            }[];
                            rootCause: string | null;
                            solution: string | null;
                            timeline: {
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                /** @description 修改：改了哪些字段 */
                                changedFields: string[];
                                /** @description 处理进度：是否已同步告知客户 */
                                customerInformed: boolean | null;
                                cycle: number | null;
                                deadline: string | null;
                                fromStatus: string | null;
                                id: number;
                                kind: string;
                                note: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                /** @description 回访结果：满意度 */
                                satisfaction: number | null;
                                step: string | null;
                                toStatus: string | null;
                            }[];
                            validity: ("valid" | "invalid") | (never | null);
                            validityReply: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改问题：第一负责人、责任部门、分类、紧急程度（重算期限）、投诉成立与否、责任性质、根本原因等 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        atFaultUserId?: number | null;
                        category?: string | null;
                        departmentId?: number | null;
                        /** Format: date-time */
                        expectedResolutionAt?: string | null;
                        ownerId?: number;
                        /** Format: date-time */
                        promisedReplyAt?: string | null;
                        responsibility?: ("personal" | "team") | (never | null);
                        rootCause?: string | null;
                        /**
                         * @description normal 一般 / urgent 紧急 / major 重大
                         * @enum {unknown}
                         */
                        urgency?: "normal" | "urgent" | "major";
                        validity?: ("valid" | "invalid") | (never | null);
                        validityReply?: string | null;
                        /** @description 读取时的版本（他人已修改则 409） */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 可流转到的状态 */
                            allowedNext: ("pending" | "in_progress" | "resolved" | "closed" | "no_action")[];
                            anonymous: boolean;
                            breached: {
                                firstResponse: boolean;
                                /** @description 承诺答复客户的时间已过而未告知 */
                                promisedReply: boolean;
                                solution: boolean;
                            };
                            category: string | null;
                            /**
                             * @description phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈
                             * @enum {unknown}
                             */
                            channel: "phone" | "email" | "visit" | "online" | "escalated";
                            /**
                             * @description 计时：自然时间 / 工作时间
                             * @enum {unknown}
                             */
                            clock: "wall" | "working";
                            /** Format: date-time */
                            closedAt: string | null;
                            customerCode: string | null;
                            customerId: number | null;
                            customerName: string | null;
                            /** @description 第几轮处理（重开后加一） */
                            cycle: number;
                            departmentId: number | null;
                            departmentName: string | null;
                            description: string;
                            /** @description 重复反映：并入的问题 */
                            duplicateOfId: number | null;
                            escalationLevel: ("remind" | "supervisor" | "department_head") | (never | null);
                            /** Format: date-time */
                            expectedResolutionAt: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: date-time */
                            firstResponseDueAt: string;
                            id: number;
                            /** @description 问题编号 WT+年月+序号 */
                            number: string;
                            /** @description 第一负责人 */
                            ownerId: number;
                            ownerName: string;
                            /** Format: date-time */
                            pausedAt: string | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            /** Format: date-time */
                            promisedReplyMetAt: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @description 仅需答复（不回访） */
                            replyOnly: boolean;
                            reporterName: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            satisfaction: number | null;
                            /** Format: date-time */
                            solutionDueAt: string;
                            /**
                             * @description pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理
                             * @enum {unknown}
                             */
                            status: "pending" | "in_progress" | "resolved" | "closed" | "no_action";
                            /**
                             * @description normal 一般 / urgent 紧急 / major 重大
                             * @enum {unknown}
                             */
                            urgency: "normal" | "urgent" | "major";
                            version: number;
                        } & {
                            atFaultUserId: number | null;
                            atFaultUserName: string | null;
                            duplicateOf: {
                                id: number;
                                number: string;
                            } | null;
                            /** @description 并入本问题的重复反映 */
                            duplicates: {
                                channel: string;
                                customerName: string | null;
                                id: number;
                                number: string;
                                /** Format: date-time */
                                raisedAt: string;
                            }[];
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                cycle: number | null;
                                deadline: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                step: string | null;
                            }[];
                            /** @description 答复本问题的公开信 */
                            letters: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                id: number;
                                /** @description 这封公开信答复的问题数 */
                                issueCount: number;
                                title: string;
                            }[];
                            noActionReason: string | null;
                            /** @description 处理方案须经领导审批后方可解决（按 SLA 策略） */
                            planRequired: boolean;
                            /** @description 处理方案（含各轮），旧的在前 */
                            plans: {
                                /** @description 审批意见 */
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description 第几轮处理 */
                                cycle: number;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                issueDescription: string;
                                issueId: number;
                                issueNumber: string;
                                plan: string;
                                /** @description 提交人 */
                                requesterId: number;
                                requesterName: string;
                                /**
                                 * @description pending 待审批 / approved 已批准 / rejected 已驳回
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                                /** @description 待谁审批（如 主管领导） */
                                stepLabel: string | null;
                                /** @description 问题已重开，此为前一轮的方案 */
                                superseded: boolean;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent" | "major";
                            }[];
                            recordId: number | null;
                            /** @description 来源回访记录编号 */
                            recordNumber: string | null;
                            registeredById: number;
                            registeredByName: string | null;
                            reporterPhone: string | null;
                            responsibility: ("personal" | "team") | (never | null);
                            revisits: {
                                assigneeId: number | null;
                                assigneeName: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                recordId: number | null;
                                recordNumber: string | null;
                                satisfaction: number | null;
                                status: string;
                                taskId: number;
                                type: string;
                            }[];
                            rootCause: string | null;
                            solution: string | null;
                            timeline: {
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                /** @description 修改：改了哪些字段 */
                                changedFields: string[];
                                /** @description 处理进度：是否已同步告知客户 */
                                customerInformed: boolean | null;
                                cycle: number | null;
                                deadline: string | null;
                                fromStatus: string | null;
                                id: number;
                                kind: string;
                                note: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                /** @description 回访结果：满意度 */
                                satisfaction: number | null;
                                step: string | null;
                                toStatus: string | null;
                            }[];
                            validity: ("valid" | "invalid") | (never | null);
                            validityReply: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/issues/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问题附件列表（含大小上限与允许的类型） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canUpload: boolean;
                            /** @description 允许的扩展名 */
                            extensions: string[];
                            items: {
                                /** @description 当前用户可删除（上传人或有升级处理权限） */
                                canDelete: boolean;
                                /** @description 按文件内容识别的类型 */
                                contentType: string;
                                /** @description 上传时的文件名 */
                                fileName: string;
                                id: number;
                                sha256: string;
                                sizeBytes: number;
                                /** Format: date-time */
                                uploadedAt: string;
                                uploadedById: number;
                                uploadedByName: string;
                            }[];
                            /** @description 单个附件的大小上限（字节） */
                            maxBytes: number;
                            /** @description 每个问题的附件数上限 */
                            maxCount: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /**
         * 上传附件（请求体即文件本身；已关闭的问题也可上传答复）
         * @description Request body: the file's bytes, with the file's Content-Type; at most 10 MB and 20 files per issue. Images (png, jpeg, gif, webp), PDF, Office (docx, xlsx, pptx, doc, xls, ppt) and UTF-8 text (txt, csv), told by content; the extension must agree.
         */
        post: {
            parameters: {
                query: {
                    /** @description 文件名（含扩展名） */
                    fileName: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 当前用户可删除（上传人或有升级处理权限） */
                            canDelete: boolean;
                            /** @description 按文件内容识别的类型 */
                            contentType: string;
                            /** @description 上传时的文件名 */
                            fileName: string;
                            id: number;
                            sha256: string;
                            sizeBytes: number;
                            /** Format: date-time */
                            uploadedAt: string;
                            uploadedById: number;
                            uploadedByName: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载附件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file as uploaded, its type as its content showed, named in Content-Disposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** 删除附件（上传人或有升级处理权限者） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    attachmentId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/duplicate-of": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重复反映：并入已登记的同一问题（本问题转为无需处理，统计只计一次） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        issueId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 可流转到的状态 */
                            allowedNext: ("pending" | "in_progress" | "resolved" | "closed" | "no_action")[];
                            anonymous: boolean;
                            breached: {
                                firstResponse: boolean;
                                /** @description 承诺答复客户的时间已过而未告知 */
                                promisedReply: boolean;
                                solution: boolean;
                            };
                            category: string | null;
                            /**
                             * @description phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈
                             * @enum {unknown}
                             */
                            channel: "phone" | "email" | "visit" | "online" | "escalated";
                            /**
                             * @description 计时：自然时间 / 工作时间
                             * @enum {unknown}
                             */
                            clock: "wall" | "working";
                            /** Format: date-time */
                            closedAt: string | null;
                            customerCode: string | null;
                            customerId: number | null;
                            customerName: string | null;
                            /** @description 第几轮处理（重开后加一） */
                            cycle: number;
                            departmentId: number | null;
                            departmentName: string | null;
                            description: string;
                            /** @description 重复反映：并入的问题 */
                            duplicateOfId: number | null;
                            escalationLevel: ("remind" | "supervisor" | "department_head") | (never | null);
                            /** Format: date-time */
                            expectedResolutionAt: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: date-time */
                            firstResponseDueAt: string;
                            id: number;
                            /** @description 问题编号 WT+年月+序号 */
                            number: string;
                            /** @description 第一负责人 */
                            ownerId: number;
                            ownerName: string;
                            /** Format: date-time */
                            pausedAt: string | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            /** Format: date-time */
                            promisedReplyMetAt: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @description 仅需答复（不回访） */
                            replyOnly: boolean;
                            reporterName: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            satisfaction: number | null;
                            /** Format: date-time */
                            solutionDueAt: string;
                            /**
                             * @description pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理
                             * @enum {unknown}
                             */
                            status: "pending" | "in_progress" | "resolved" | "closed" | "no_action";
                            /**
                             * @description normal 一般 / urgent 紧急 / major 重大
                             * @enum {unknown}
                             */
                            urgency: "normal" | "urgent" | "major";
                            version: number;
                        } & {
                            atFaultUserId: number | null;
                            atFaultUserName: string | null;
                            duplicateOf: {
                                id: number;
                                number: string;
                            } | null;
                            /** @description 并入本问题的重复反映 */
                            duplicates: {
                                channel: string;
                                customerName: string | null;
                                id: number;
                                number: string;
                                /** Format: date-time */
                                raisedAt: string;
                            }[];
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                cycle: number | null;
                                deadline: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                step: string | null;
                            }[];
                            /** @description 答复本问题的公开信 */
                            letters: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                id: number;
                                /** @description 这封公开信答复的问题数 */
                                issueCount: number;
                                title: string;
                            }[];
                            noActionReason: string | null;
                            /** @description 处理方案须经领导审批后方可解决（按 SLA 策略） */
                            planRequired: boolean;
                            /** @description 处理方案（含各轮），旧的在前 */
                            plans: {
                                /** @description 审批意见 */
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description 第几轮处理 */
                                cycle: number;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                issueDescription: string;
                                issueId: number;
                                issueNumber: string;
                                plan: string;
                                /** @description 提交人 */
                                requesterId: number;
                                requesterName: string;
                                /**
                                 * @description pending 待审批 / approved 已批准 / rejected 已驳回
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                                /** @description 待谁审批（如 主管领导） */
                                stepLabel: string | null;
                                /** @description 问题已重开，此为前一轮的方案 */
                                superseded: boolean;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent" | "major";
                            }[];
                            recordId: number | null;
                            /** @description 来源回访记录编号 */
                            recordNumber: string | null;
                            registeredById: number;
                            registeredByName: string | null;
                            reporterPhone: string | null;
                            responsibility: ("personal" | "team") | (never | null);
                            revisits: {
                                assigneeId: number | null;
                                assigneeName: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                recordId: number | null;
                                recordNumber: string | null;
                                satisfaction: number | null;
                                status: string;
                                taskId: number;
                                type: string;
                            }[];
                            rootCause: string | null;
                            solution: string | null;
                            timeline: {
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                /** @description 修改：改了哪些字段 */
                                changedFields: string[];
                                /** @description 处理进度：是否已同步告知客户 */
                                customerInformed: boolean | null;
                                cycle: number | null;
                                deadline: string | null;
                                fromStatus: string | null;
                                id: number;
                                kind: string;
                                note: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                /** @description 回访结果：满意度 */
                                satisfaction: number | null;
                                step: string | null;
                                toStatus: string | null;
                            }[];
                            validity: ("valid" | "invalid") | (never | null);
                            validityReply: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂停计时（等待客户），须填原因 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 可流转到的状态 */
                            allowedNext: ("pending" | "in_progress" | "resolved" | "closed" | "no_action")[];
                            anonymous: boolean;
                            breached: {
                                firstResponse: boolean;
                                /** @description 承诺答复客户的时间已过而未告知 */
                                promisedReply: boolean;
                                solution: boolean;
                            };
                            category: string | null;
                            /**
                             * @description phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈
                             * @enum {unknown}
                             */
                            channel: "phone" | "email" | "visit" | "online" | "escalated";
                            /**
                             * @description 计时：自然时间 / 工作时间
                             * @enum {unknown}
                             */
                            clock: "wall" | "working";
                            /** Format: date-time */
                            closedAt: string | null;
                            customerCode: string | null;
                            customerId: number | null;
                            customerName: string | null;
                            /** @description 第几轮处理（重开后加一） */
                            cycle: number;
                            departmentId: number | null;
                            departmentName: string | null;
                            description: string;
                            /** @description 重复反映：并入的问题 */
                            duplicateOfId: number | null;
                            escalationLevel: ("remind" | "supervisor" | "department_head") | (never | null);
                            /** Format: date-time */
                            expectedResolutionAt: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: date-time */
                            firstResponseDueAt: string;
                            id: number;
                            /** @description 问题编号 WT+年月+序号 */
                            number: string;
                            /** @description 第一负责人 */
                            ownerId: number;
                            ownerName: string;
                            /** Format: date-time */
                            pausedAt: string | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            /** Format: date-time */
                            promisedReplyMetAt: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @description 仅需答复（不回访） */
                            replyOnly: boolean;
                            reporterName: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            satisfaction: number | null;
                            /** Format: date-time */
                            solutionDueAt: string;
                            /**
                             * @description pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理
                             * @enum {unknown}
                             */
                            status: "pending" | "in_progress" | "resolved" | "closed" | "no_action";
                            /**
                             * @description normal 一般 / urgent 紧急 / major 重大
                             * @enum {unknown}
                             */
                            urgency: "normal" | "urgent" | "major";
                            version: number;
                        } & {
                            atFaultUserId: number | null;
                            atFaultUserName: string | null;
                            duplicateOf: {
                                id: number;
                                number: string;
                            } | null;
                            /** @description 并入本问题的重复反映 */
                            duplicates: {
                                channel: string;
                                customerName: string | null;
                                id: number;
                                number: string;
                                /** Format: date-time */
                                raisedAt: string;
                            }[];
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                cycle: number | null;
                                deadline: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                step: string | null;
                            }[];
                            /** @description 答复本问题的公开信 */
                            letters: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                id: number;
                                /** @description 这封公开信答复的问题数 */
                                issueCount: number;
                                title: string;
                            }[];
                            noActionReason: string | null;
                            /** @description 处理方案须经领导审批后方可解决（按 SLA 策略） */
                            planRequired: boolean;
                            /** @description 处理方案（含各轮），旧的在前 */
                            plans: {
                                /** @description 审批意见 */
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description 第几轮处理 */
                                cycle: number;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                issueDescription: string;
                                issueId: number;
                                issueNumber: string;
                                plan: string;
                                /** @description 提交人 */
                                requesterId: number;
                                requesterName: string;
                                /**
                                 * @description pending 待审批 / approved 已批准 / rejected 已驳回
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                                /** @description 待谁审批（如 主管领导） */
                                stepLabel: string | null;
                                /** @description 问题已重开，此为前一轮的方案 */
                                superseded: boolean;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent" | "major";
                            }[];
                            recordId: number | null;
                            /** @description 来源回访记录编号 */
                            recordNumber: string | null;
                            registeredById: number;
                            registeredByName: string | null;
                            reporterPhone: string | null;
                            responsibility: ("personal" | "team") | (never | null);
                            revisits: {
                                assigneeId: number | null;
                                assigneeName: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                recordId: number | null;
                                recordNumber: string | null;
                                satisfaction: number | null;
                                status: string;
                                taskId: number;
                                type: string;
                            }[];
                            rootCause: string | null;
                            solution: string | null;
                            timeline: {
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                /** @description 修改：改了哪些字段 */
                                changedFields: string[];
                                /** @description 处理进度：是否已同步告知客户 */
                                customerInformed: boolean | null;
                                cycle: number | null;
                                deadline: string | null;
                                fromStatus: string | null;
                                id: number;
                                kind: string;
                                note: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                /** @description 回访结果：满意度 */
                                satisfaction: number | null;
                                step: string | null;
                                toStatus: string | null;
                            }[];
                            validity: ("valid" | "invalid") | (never | null);
                            validityReply: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交处理方案，报领导审批（待处理的问题随之转为处理中） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        plan: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 可流转到的状态 */
                            allowedNext: ("pending" | "in_progress" | "resolved" | "closed" | "no_action")[];
                            anonymous: boolean;
                            breached: {
                                firstResponse: boolean;
                                /** @description 承诺答复客户的时间已过而未告知 */
                                promisedReply: boolean;
                                solution: boolean;
                            };
                            category: string | null;
                            /**
                             * @description phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈
                             * @enum {unknown}
                             */
                            channel: "phone" | "email" | "visit" | "online" | "escalated";
                            /**
                             * @description 计时：自然时间 / 工作时间
                             * @enum {unknown}
                             */
                            clock: "wall" | "working";
                            /** Format: date-time */
                            closedAt: string | null;
                            customerCode: string | null;
                            customerId: number | null;
                            customerName: string | null;
                            /** @description 第几轮处理（重开后加一） */
                            cycle: number;
                            departmentId: number | null;
                            departmentName: string | null;
                            description: string;
                            /** @description 重复反映：并入的问题 */
                            duplicateOfId: number | null;
                            escalationLevel: ("remind" | "supervisor" | "department_head") | (never | null);
                            /** Format: date-time */
                            expectedResolutionAt: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: date-time */
                            firstResponseDueAt: string;
                            id: number;
                            /** @description 问题编号 WT+年月+序号 */
                            number: string;
                            /** @description 第一负责人 */
                            ownerId: number;
                            ownerName: string;
                            /** Format: date-time */
                            pausedAt: string | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            /** Format: date-time */
                            promisedReplyMetAt: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @description 仅需答复（不回访） */
                            replyOnly: boolean;
                            reporterName: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            satisfaction: number | null;
                            /** Format: date-time */
                            solutionDueAt: string;
                            /**
                             * @description pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理
                             * @enum {unknown}
                             */
                            status: "pending" | "in_progress" | "resolved" | "closed" | "no_action";
                            /**
                             * @description normal 一般 / urgent 紧急 / major 重大
                             * @enum {unknown}
                             */
                            urgency: "normal" | "urgent" | "major";
                            version: number;
                        } & {
                            atFaultUserId: number | null;
                            atFaultUserName: string | null;
                            duplicateOf: {
                                id: number;
                                number: string;
                            } | null;
                            /** @description 并入本问题的重复反映 */
                            duplicates: {
                                channel: string;
                                customerName: string | null;
                                id: number;
                                number: string;
                                /** Format: date-time */
                                raisedAt: string;
                            }[];
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                cycle: number | null;
                                deadline: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                step: string | null;
                            }[];
                            /** @description 答复本问题的公开信 */
                            letters: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                id: number;
                                /** @description 这封公开信答复的问题数 */
                                issueCount: number;
                                title: string;
                            }[];
                            noActionReason: string | null;
                            /** @description 处理方案须经领导审批后方可解决（按 SLA 策略） */
                            planRequired: boolean;
                            /** @description 处理方案（含各轮），旧的在前 */
                            plans: {
                                /** @description 审批意见 */
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description 第几轮处理 */
                                cycle: number;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                issueDescription: string;
                                issueId: number;
                                issueNumber: string;
                                plan: string;
                                /** @description 提交人 */
                                requesterId: number;
                                requesterName: string;
                                /**
                                 * @description pending 待审批 / approved 已批准 / rejected 已驳回
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                                /** @description 待谁审批（如 主管领导） */
                                stepLabel: string | null;
                                /** @description 问题已重开，此为前一轮的方案 */
                                superseded: boolean;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent" | "major";
                            }[];
                            recordId: number | null;
                            /** @description 来源回访记录编号 */
                            recordNumber: string | null;
                            registeredById: number;
                            registeredByName: string | null;
                            reporterPhone: string | null;
                            responsibility: ("personal" | "team") | (never | null);
                            revisits: {
                                assigneeId: number | null;
                                assigneeName: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                recordId: number | null;
                                recordNumber: string | null;
                                satisfaction: number | null;
                                status: string;
                                taskId: number;
                                type: string;
                            }[];
                            rootCause: string | null;
                            solution: string | null;
                            timeline: {
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                /** @description 修改：改了哪些字段 */
                                changedFields: string[];
                                /** @description 处理进度：是否已同步告知客户 */
                                customerInformed: boolean | null;
                                cycle: number | null;
                                deadline: string | null;
                                fromStatus: string | null;
                                id: number;
                                kind: string;
                                note: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                /** @description 回访结果：满意度 */
                                satisfaction: number | null;
                                step: string | null;
                                toStatus: string | null;
                            }[];
                            validity: ("valid" | "invalid") | (never | null);
                            validityReply: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录处理进度（首次记录即首次响应） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 已同步告知客户 */
                        customerInformed?: boolean;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 可流转到的状态 */
                            allowedNext: ("pending" | "in_progress" | "resolved" | "closed" | "no_action")[];
                            anonymous: boolean;
                            breached: {
                                firstResponse: boolean;
                                /** @description 承诺答复客户的时间已过而未告知 */
                                promisedReply: boolean;
                                solution: boolean;
                            };
                            category: string | null;
                            /**
                             * @description phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈
                             * @enum {unknown}
                             */
                            channel: "phone" | "email" | "visit" | "online" | "escalated";
                            /**
                             * @description 计时：自然时间 / 工作时间
                             * @enum {unknown}
                             */
                            clock: "wall" | "working";
                            /** Format: date-time */
                            closedAt: string | null;
                            customerCode: string | null;
                            customerId: number | null;
                            customerName: string | null;
                            /** @description 第几轮处理（重开后加一） */
                            cycle: number;
                            departmentId: number | null;
                            departmentName: string | null;
                            description: string;
                            /** @description 重复反映：并入的问题 */
                            duplicateOfId: number | null;
                            escalationLevel: ("remind" | "supervisor" | "department_head") | (never | null);
                            /** Format: date-time */
                            expectedResolutionAt: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: date-time */
                            firstResponseDueAt: string;
                            id: number;
                            /** @description 问题编号 WT+年月+序号 */
                            number: string;
                            /** @description 第一负责人 */
                            ownerId: number;
                            ownerName: string;
                            /** Format: date-time */
                            pausedAt: string | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            /** Format: date-time */
                            promisedReplyMetAt: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @description 仅需答复（不回访） */
                            replyOnly: boolean;
                            reporterName: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            satisfaction: number | null;
                            /** Format: date-time */
                            solutionDueAt: string;
                            /**
                             * @description pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理
                             * @enum {unknown}
                             */
                            status: "pending" | "in_progress" | "resolved" | "closed" | "no_action";
                            /**
                             * @description normal 一般 / urgent 紧急 / major 重大
                             * @enum {unknown}
                             */
                            urgency: "normal" | "urgent" | "major";
                            version: number;
                        } & {
                            atFaultUserId: number | null;
                            atFaultUserName: string | null;
                            duplicateOf: {
                                id: number;
                                number: string;
                            } | null;
                            /** @description 并入本问题的重复反映 */
                            duplicates: {
                                channel: string;
                                customerName: string | null;
                                id: number;
                                number: string;
                                /** Format: date-time */
                                raisedAt: string;
                            }[];
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                cycle: number | null;
                                deadline: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                step: string | null;
                            }[];
                            /** @description 答复本问题的公开信 */
                            letters: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                id: number;
                                /** @description 这封公开信答复的问题数 */
                                issueCount: number;
                                title: string;
                            }[];
                            noActionReason: string | null;
                            /** @description 处理方案须经领导审批后方可解决（按 SLA 策略） */
                            planRequired: boolean;
                            /** @description 处理方案（含各轮），旧的在前 */
                            plans: {
                                /** @description 审批意见 */
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description 第几轮处理 */
                                cycle: number;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                issueDescription: string;
                                issueId: number;
                                issueNumber: string;
                                plan: string;
                                /** @description 提交人 */
                                requesterId: number;
                                requesterName: string;
                                /**
                                 * @description pending 待审批 / approved 已批准 / rejected 已驳回
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                                /** @description 待谁审批（如 主管领导） */
                                stepLabel: string | null;
                                /** @description 问题已重开，此为前一轮的方案 */
                                superseded: boolean;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent" | "major";
                            }[];
                            recordId: number | null;
                            /** @description 来源回访记录编号 */
                            recordNumber: string | null;
                            registeredById: number;
                            registeredByName: string | null;
                            reporterPhone: string | null;
                            responsibility: ("personal" | "team") | (never | null);
                            revisits: {
                                assigneeId: number | null;
                                assigneeName: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                recordId: number | null;
                                recordNumber: string | null;
                                satisfaction: number | null;
                                status: string;
                                taskId: number;
                                type: string;
                            }[];
                            rootCause: string | null;
                            solution: string | null;
                            timeline: {
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                /** @description 修改：改了哪些字段 */
                                changedFields: string[];
                                /** @description 处理进度：是否已同步告知客户 */
                                customerInformed: boolean | null;
                                cycle: number | null;
                                deadline: string | null;
                                fromStatus: string | null;
                                id: number;
                                kind: string;
                                note: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                /** @description 回访结果：满意度 */
                                satisfaction: number | null;
                                step: string | null;
                                toStatus: string | null;
                            }[];
                            validity: ("valid" | "invalid") | (never | null);
                            validityReply: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复计时：期限顺延暂停的时间 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 可流转到的状态 */
                            allowedNext: ("pending" | "in_progress" | "resolved" | "closed" | "no_action")[];
                            anonymous: boolean;
                            breached: {
                                firstResponse: boolean;
                                /** @description 承诺答复客户的时间已过而未告知 */
                                promisedReply: boolean;
                                solution: boolean;
                            };
                            category: string | null;
                            /**
                             * @description phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈
                             * @enum {unknown}
                             */
                            channel: "phone" | "email" | "visit" | "online" | "escalated";
                            /**
                             * @description 计时：自然时间 / 工作时间
                             * @enum {unknown}
                             */
                            clock: "wall" | "working";
                            /** Format: date-time */
                            closedAt: string | null;
                            customerCode: string | null;
                            customerId: number | null;
                            customerName: string | null;
                            /** @description 第几轮处理（重开后加一） */
                            cycle: number;
                            departmentId: number | null;
                            departmentName: string | null;
                            description: string;
                            /** @description 重复反映：并入的问题 */
                            duplicateOfId: number | null;
                            escalationLevel: ("remind" | "supervisor" | "department_head") | (never | null);
                            /** Format: date-time */
                            expectedResolutionAt: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: date-time */
                            firstResponseDueAt: string;
                            id: number;
                            /** @description 问题编号 WT+年月+序号 */
                            number: string;
                            /** @description 第一负责人 */
                            ownerId: number;
                            ownerName: string;
                            /** Format: date-time */
                            pausedAt: string | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            /** Format: date-time */
                            promisedReplyMetAt: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @description 仅需答复（不回访） */
                            replyOnly: boolean;
                            reporterName: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            satisfaction: number | null;
                            /** Format: date-time */
                            solutionDueAt: string;
                            /**
                             * @description pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理
                             * @enum {unknown}
                             */
                            status: "pending" | "in_progress" | "resolved" | "closed" | "no_action";
                            /**
                             * @description normal 一般 / urgent 紧急 / major 重大
                             * @enum {unknown}
                             */
                            urgency: "normal" | "urgent" | "major";
                            version: number;
                        } & {
                            atFaultUserId: number | null;
                            atFaultUserName: string | null;
                            duplicateOf: {
                                id: number;
                                number: string;
                            } | null;
                            /** @description 并入本问题的重复反映 */
                            duplicates: {
                                channel: string;
                                customerName: string | null;
                                id: number;
                                number: string;
                                /** Format: date-time */
                                raisedAt: string;
                            }[];
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                cycle: number | null;
                                deadline: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                step: string | null;
                            }[];
                            /** @description 答复本问题的公开信 */
                            letters: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                id: number;
                                /** @description 这封公开信答复的问题数 */
                                issueCount: number;
                                title: string;
                            }[];
                            noActionReason: string | null;
                            /** @description 处理方案须经领导审批后方可解决（按 SLA 策略） */
                            planRequired: boolean;
                            /** @description 处理方案（含各轮），旧的在前 */
                            plans: {
                                /** @description 审批意见 */
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description 第几轮处理 */
                                cycle: number;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                issueDescription: string;
                                issueId: number;
                                issueNumber: string;
                                plan: string;
                                /** @description 提交人 */
                                requesterId: number;
                                requesterName: string;
                                /**
                                 * @description pending 待审批 / approved 已批准 / rejected 已驳回
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                                /** @description 待谁审批（如 主管领导） */
                                stepLabel: string | null;
                                /** @description 问题已重开，此为前一轮的方案 */
                                superseded: boolean;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent" | "major";
                            }[];
                            recordId: number | null;
                            /** @description 来源回访记录编号 */
                            recordNumber: string | null;
                            registeredById: number;
                            registeredByName: string | null;
                            reporterPhone: string | null;
                            responsibility: ("personal" | "team") | (never | null);
                            revisits: {
                                assigneeId: number | null;
                                assigneeName: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                recordId: number | null;
                                recordNumber: string | null;
                                satisfaction: number | null;
                                status: string;
                                taskId: number;
                                type: string;
                            }[];
                            rootCause: string | null;
                            solution: string | null;
                            timeline: {
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                /** @description 修改：改了哪些字段 */
                                changedFields: string[];
                                /** @description 处理进度：是否已同步告知客户 */
                                customerInformed: boolean | null;
                                cycle: number | null;
                                deadline: string | null;
                                fromStatus: string | null;
                                id: number;
                                kind: string;
                                note: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                /** @description 回访结果：满意度 */
                                satisfaction: number | null;
                                step: string | null;
                                toStatus: string | null;
                            }[];
                            validity: ("valid" | "invalid") | (never | null);
                            validityReply: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 状态流转；非法流转 409 并列出可流转状态。已解决须填解决方案；无需处理、重新处理须填原因 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        rootCause?: string;
                        satisfaction?: number;
                        solution?: string;
                        /** Format: date-time */
                        targetAt?: string;
                        /**
                         * @description pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理
                         * @enum {unknown}
                         */
                        to: "pending" | "in_progress" | "resolved" | "closed" | "no_action";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 可流转到的状态 */
                            allowedNext: ("pending" | "in_progress" | "resolved" | "closed" | "no_action")[];
                            anonymous: boolean;
                            breached: {
                                firstResponse: boolean;
                                /** @description 承诺答复客户的时间已过而未告知 */
                                promisedReply: boolean;
                                solution: boolean;
                            };
                            category: string | null;
                            /**
                             * @description phone 电话 / email 邮件 / visit 拜访 / online 在线 / escalated 上级转呈
                             * @enum {unknown}
                             */
                            channel: "phone" | "email" | "visit" | "online" | "escalated";
                            /**
                             * @description 计时：自然时间 / 工作时间
                             * @enum {unknown}
                             */
                            clock: "wall" | "working";
                            /** Format: date-time */
                            closedAt: string | null;
                            customerCode: string | null;
                            customerId: number | null;
                            customerName: string | null;
                            /** @description 第几轮处理（重开后加一） */
                            cycle: number;
                            departmentId: number | null;
                            departmentName: string | null;
                            description: string;
                            /** @description 重复反映：并入的问题 */
                            duplicateOfId: number | null;
                            escalationLevel: ("remind" | "supervisor" | "department_head") | (never | null);
                            /** Format: date-time */
                            expectedResolutionAt: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: date-time */
                            firstResponseDueAt: string;
                            id: number;
                            /** @description 问题编号 WT+年月+序号 */
                            number: string;
                            /** @description 第一负责人 */
                            ownerId: number;
                            ownerName: string;
                            /** Format: date-time */
                            pausedAt: string | null;
                            /** Format: date-time */
                            promisedReplyAt: string | null;
                            /** Format: date-time */
                            promisedReplyMetAt: string | null;
                            /** Format: date-time */
                            raisedAt: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @description 仅需答复（不回访） */
                            replyOnly: boolean;
                            reporterName: string | null;
                            /** Format: date-time */
                            resolvedAt: string | null;
                            satisfaction: number | null;
                            /** Format: date-time */
                            solutionDueAt: string;
                            /**
                             * @description pending 待处理 / in_progress 处理中 / resolved 已解决 / closed 已关闭 / no_action 无需处理
                             * @enum {unknown}
                             */
                            status: "pending" | "in_progress" | "resolved" | "closed" | "no_action";
                            /**
                             * @description normal 一般 / urgent 紧急 / major 重大
                             * @enum {unknown}
                             */
                            urgency: "normal" | "urgent" | "major";
                            version: number;
                        } & {
                            atFaultUserId: number | null;
                            atFaultUserName: string | null;
                            duplicateOf: {
                                id: number;
                                number: string;
                            } | null;
                            /** @description 并入本问题的重复反映 */
                            duplicates: {
                                channel: string;
                                customerName: string | null;
                                id: number;
                                number: string;
                                /** Format: date-time */
                                raisedAt: string;
                            }[];
                            escalations: {
                                /** Format: date-time */
                                at: string;
                                cycle: number | null;
                                deadline: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                step: string | null;
                            }[];
                            /** @description 答复本问题的公开信 */
                            letters: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                id: number;
                                /** @description 这封公开信答复的问题数 */
                                issueCount: number;
                                title: string;
                            }[];
                            noActionReason: string | null;
                            /** @description 处理方案须经领导审批后方可解决（按 SLA 策略） */
                            planRequired: boolean;
                            /** @description 处理方案（含各轮），旧的在前 */
                            plans: {
                                /** @description 审批意见 */
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @description 第几轮处理 */
                                cycle: number;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                id: number;
                                issueDescription: string;
                                issueId: number;
                                issueNumber: string;
                                plan: string;
                                /** @description 提交人 */
                                requesterId: number;
                                requesterName: string;
                                /**
                                 * @description pending 待审批 / approved 已批准 / rejected 已驳回
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "withdrawn" | "expired" | "revoked";
                                /** @description 待谁审批（如 主管领导） */
                                stepLabel: string | null;
                                /** @description 问题已重开，此为前一轮的方案 */
                                superseded: boolean;
                                /** @enum {unknown} */
                                urgency: "normal" | "urgent" | "major";
                            }[];
                            recordId: number | null;
                            /** @description 来源回访记录编号 */
                            recordNumber: string | null;
                            registeredById: number;
                            registeredByName: string | null;
                            reporterPhone: string | null;
                            responsibility: ("personal" | "team") | (never | null);
                            revisits: {
                                assigneeId: number | null;
                                assigneeName: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                recordId: number | null;
                                recordNumber: string | null;
                                satisfaction: number | null;
                                status: string;
                                taskId: number;
                                type: string;
                            }[];
                            rootCause: string | null;
                            solution: string | null;
                            timeline: {
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                /** @description 修改：改了哪些字段 */
                                changedFields: string[];
                                /** @description 处理进度：是否已同步告知客户 */
                                customerInformed: boolean | null;
                                cycle: number | null;
                                deadline: string | null;
                                fromStatus: string | null;
                                id: number;
                                kind: string;
                                note: string | null;
                                recipientId: number | null;
                                recipientName: string | null;
                                /** @description 回访结果：满意度 */
                                satisfaction: number | null;
                                step: string | null;
                                toStatus: string | null;
                            }[];
                            validity: ("valid" | "invalid") | (never | null);
                            validityReply: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/breach-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 超时看板：数据范围内此刻已超时的未结问题、最高升级级别，按部门汇总 */
        get: {
            parameters: {
                query?: {
                    departmentId?: number;
                    /** @description none 未升级 / remind 已提醒 / supervisor 已升级主管 / department_head 已升级部门负责人 */
                    level?: "none" | "remind" | "supervisor" | "department_head";
                    /** @description 默认 desc：超时最久、级别最高在前 */
                    order?: "desc" | "asc";
                    /** @description overdue 超时时长（默认）/ level 升级级别 / urgency 紧急程度 */
                    sort?: "overdue" | "level" | "urgency";
                    /** @description normal 一般 / urgent 紧急 / major 重大 */
                    urgency?: "normal" | "urgent" | "major";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            asOf: string;
                            /** @description 超时最久的 500 条（汇总计全部） */
                            items: {
                                anonymous: boolean;
                                /** @description 已超时未完成的期限，最早到期在前 */
                                breaches: {
                                    /** @enum {unknown} */
                                    deadline: "first_response" | "solution" | "promised_reply";
                                    /** Format: date-time */
                                    dueAt: string;
                                    /**
                                     * Format: date-time
                                     * @description 计时暂停于（该期限的超时时长停在此刻）
                                     */
                                    stoppedAt: string | null;
                                }[];
                                customerId: number | null;
                                customerName: string | null;
                                departmentId: number | null;
                                departmentName: string | null;
                                id: number;
                                /**
                                 * @description none 未升级 / remind 已提醒 / supervisor 已升级主管 / department_head 已升级部门负责人
                                 * @enum {unknown}
                                 */
                                level: "none" | "remind" | "supervisor" | "department_head";
                                number: string;
                                /** @description 超时最久的期限已超时多少分钟（暂停的算到暂停时） */
                                overdueMinutes: number;
                                ownerId: number;
                                ownerName: string;
                                /** Format: date-time */
                                pausedAt: string | null;
                                /** Format: date-time */
                                raisedAt: string;
                                /** @enum {unknown} */
                                status: "pending" | "in_progress";
                                /**
                                 * @description normal 一般 / urgent 紧急 / major 重大
                                 * @enum {unknown}
                                 */
                                urgency: "normal" | "urgent" | "major";
                            }[];
                            summary: {
                                byLevel: {
                                    department_head: number;
                                    none: number;
                                    remind: number;
                                    supervisor: number;
                                };
                                byUrgency: {
                                    major: number;
                                    normal: number;
                                    urgent: number;
                                };
                                departments: {
                                    byLevel: {
                                        department_head: number;
                                        none: number;
                                        remind: number;
                                        supervisor: number;
                                    };
                                    byUrgency: {
                                        major: number;
                                        normal: number;
                                        urgent: number;
                                    };
                                    departmentId: number | null;
                                    departmentName: string | null;
                                    total: number;
                                }[];
                                total: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/breach-board/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出超时看板 (.xlsx，导出信息页写明筛选条件) */
        get: {
            parameters: {
                query?: {
                    departmentId?: number;
                    /** @description none 未升级 / remind 已提醒 / supervisor 已升级主管 / department_head 已升级部门负责人 */
                    level?: "none" | "remind" | "supervisor" | "department_head";
                    /** @description 默认 desc：超时最久、级别最高在前 */
                    order?: "desc" | "asc";
                    /** @description overdue 超时时长（默认）/ level 升级级别 / urgency 紧急程度 */
                    sort?: "overdue" | "level" | "urgency";
                    /** @description normal 一般 / urgent 紧急 / major 重大 */
                    urgency?: "normal" | "urgent" | "major";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description .xlsx file, named in Content-Disposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issues/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记问题时的提示：可能已有答案的知识库文章，以及可能重复的未结问题（同一客户的在前） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId?: number;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            articles: {
                                category: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                id: number;
                                /** @description 搜索时：命中的词数 */
                                matchedTerms?: number;
                                problem: string;
                                solution: string;
                                sourceIssueId: number | null;
                                sourceIssueNumber: string | null;
                                title: string;
                                /** @description 典型案例（案例分析会、月报） */
                                typicalCase: boolean;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            similarIssues: {
                                customerId: number | null;
                                customerName: string | null;
                                description: string;
                                id: number;
                                matchedTerms: number;
                                number: string;
                                /** Format: date-time */
                                raisedAt: string;
                                sameCustomer: boolean;
                                status: string;
                                urgency: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 后台任务：计划、上次运行、下次运行与最近的失败 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                cron: string;
                                labelEn: string;
                                labelZh: string;
                                lastRun: {
                                    /** Format: date-time */
                                    asOf: string;
                                    attempt: number;
                                    durationMs: number | null;
                                    error: string | null;
                                    /** Format: date-time */
                                    finishedAt: string | null;
                                    jobId: string;
                                    /** @enum {unknown} */
                                    outcome: "running" | "succeeded" | "failed" | "interrupted";
                                    /** Format: date-time */
                                    startedAt: string;
                                    /**
                                     * @description schedule 按计划 / manual 手动 / import 导入后
                                     * @enum {unknown}
                                     */
                                    trigger: "schedule" | "manual" | "import";
                                } | null;
                                name: string;
                                /** Format: date-time */
                                nextRunAt: string;
                                recentFailures: {
                                    /** Format: date-time */
                                    asOf: string;
                                    attempt: number;
                                    durationMs: number | null;
                                    error: string | null;
                                    /** Format: date-time */
                                    finishedAt: string | null;
                                    jobId: string;
                                    /** @enum {unknown} */
                                    outcome: "running" | "succeeded" | "failed" | "interrupted";
                                    /** Format: date-time */
                                    startedAt: string;
                                    /**
                                     * @description schedule 按计划 / manual 手动 / import 导入后
                                     * @enum {unknown}
                                     */
                                    trigger: "schedule" | "manual" | "import";
                                }[];
                                retryLimit: number;
                                timeZone: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即运行（多数任务排队由有工作进程的实例执行，答 202；回访任务生成等在请求内运行，答 200 与结果）；可指定“截至”时间 asOf */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        asOf?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            asOf: string;
                            /** @description 新建的回访任务数（回访任务生成） */
                            created?: number;
                            jobId: string;
                            name: string;
                            /** @description 运行结果，如 created（新建任务数） */
                            result: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            asOf: string;
                            jobId: string;
                            name: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge-articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 知识库：q 按中文分词搜索（命中词多的在前），无 q 时按时间倒序 */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    typicalCase?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdByName: string;
                                id: number;
                                /** @description 搜索时：命中的词数 */
                                matchedTerms?: number;
                                problem: string;
                                solution: string;
                                sourceIssueId: number | null;
                                sourceIssueNumber: string | null;
                                title: string;
                                /** @description 典型案例（案例分析会、月报） */
                                typicalCase: boolean;
                                /** Format: date-time */
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 新建知识库文章；带 sourceIssueId 时从已解决的问题生成（未填的栏目取问题的描述与解决方案） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category?: string | null;
                        problem?: string;
                        solution?: string;
                        sourceIssueId?: number;
                        title?: string;
                        typicalCase?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            id: number;
                            /** @description 搜索时：命中的词数 */
                            matchedTerms?: number;
                            problem: string;
                            solution: string;
                            sourceIssueId: number | null;
                            sourceIssueNumber: string | null;
                            title: string;
                            /** @description 典型案例（案例分析会、月报） */
                            typicalCase: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/knowledge-articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 知识库文章 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            id: number;
                            /** @description 搜索时：命中的词数 */
                            matchedTerms?: number;
                            problem: string;
                            solution: string;
                            sourceIssueId: number | null;
                            sourceIssueNumber: string | null;
                            title: string;
                            /** @description 典型案例（案例分析会、月报） */
                            typicalCase: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 修改知识库文章（带读取时的版本） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category?: string | null;
                        problem?: string;
                        solution?: string;
                        title?: string;
                        typicalCase?: boolean;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdByName: string;
                            id: number;
                            /** @description 搜索时：命中的词数 */
                            matchedTerms?: number;
                            problem: string;
                            solution: string;
                            sourceIssueId: number | null;
                            sourceIssueNumber: string | null;
                            title: string;
                            /** @description 典型案例（案例分析会、月报） */
                            typicalCase: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的通知设置：每类消息是否在系统内提示、是否发邮件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                email: boolean;
                                inApp: boolean;
                                /** @enum {unknown} */
                                kind: "issue_assigned" | "issue_urgent" | "issue_reminder" | "issue_escalated" | "issue_plan_submitted" | "issue_plan_decided" | "revisit_assigned" | "task_assigned" | "record_returned";
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 保存我的通知设置 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            email: boolean;
                            inApp: boolean;
                            /** @enum {unknown} */
                            kind: "issue_assigned" | "issue_urgent" | "issue_reminder" | "issue_escalated" | "issue_plan_submitted" | "issue_plan_decided" | "revisit_assigned" | "task_assigned" | "record_returned";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                email: boolean;
                                inApp: boolean;
                                /** @enum {unknown} */
                                kind: "issue_assigned" | "issue_urgent" | "issue_reminder" | "issue_escalated" | "issue_plan_submitted" | "issue_plan_decided" | "revisit_assigned" | "task_assigned" | "record_returned";
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的消息（新的在前），附未读数 */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    unread?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                kind: string;
                                /** @description 相关页面（应用内路径） */
                                link: string | null;
                                /** @description 标题的参数（问题编号、谁、哪个时限……），按 kind 而定；迁移 0041 之前的消息为 null */
                                params: {
                                    [key: string]: string;
                                } | null;
                                /** Format: date-time */
                                readAt: string | null;
                                /** @description 标题（中文）；有 params 时网页按 kind 与 params 以读者的语言重写 */
                                title: string;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        } & {
                            unreadCount: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unreadCount: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标为已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unreadCount: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 消息推送：Accept: text/event-stream 时为事件流（unread 事件为未读数，notification 事件为新消息），否则答未读数 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unreadCount: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公开信：一封答复关联到多个同类问题，保存在每个问题下 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        issueIds: number[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            issueIds: number[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审核队列：待我审核的（to_approve）、我提交的（mine）、我管辖范围内全部的（all） */
        get: {
            parameters: {
                query: {
                    box: "to_approve" | "mine" | "all";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                comment: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                record: {
                                    actionItems: {
                                        dueOn?: string;
                                        text: string;
                                    }[];
                                    /** @description 从该记录采取的行动（仅单条记录返回） */
                                    actions?: {
                                        byName: string;
                                        /** Format: date-time */
                                        createdAt: string;
                                        id: number;
                                        /** @description onsite_visit 转为上门回访 / sound_opinion 中肯意见或良好建议：上门拜访 / rnd 转研发技术部门 / president_office 上报总裁办 */
                                        kind: string;
                                        note: string | null;
                                        taskId: number | null;
                                    }[];
                                    answers: {
                                        answer: string;
                                        question: string;
                                    }[];
                                    complaint: boolean;
                                    /** Format: date-time */
                                    contactedAt: string;
                                    contactName: string | null;
                                    content: string | null;
                                    countermeasures: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    customerId: number;
                                    customerName: string;
                                    durationMinutes: number | null;
                                    id: number;
                                    imported: boolean;
                                    /** @description 满意度为差/很差或客户投诉：待问题模块立案 */
                                    issueRequested: boolean;
                                    keyPoints: string | null;
                                    /** @description 补录：晚于回访当天登记（未日清日结） */
                                    lateEntry: boolean;
                                    method: string;
                                    nextFollowupContent: string | null;
                                    nextFollowupOn: string | null;
                                    /** @description HF + yyyymmdd + 序号 */
                                    number: string;
                                    opinions: string | null;
                                    /** @description 电话回访 */
                                    phoneRecord: boolean;
                                    productSatisfaction: number | null;
                                    /** Format: date-time */
                                    promisedReplyAt: string | null;
                                    purpose: string | null;
                                    resolved: boolean | null;
                                    result: string | null;
                                    /** @description 被退回次数 */
                                    returnedCount: number;
                                    /** @description 主管审核意见 */
                                    reviewComment: string | null;
                                    /** Format: date-time */
                                    reviewDueAt: string | null;
                                    /** Format: date-time */
                                    reviewedAt: string | null;
                                    reviewedByName: string | null;
                                    /** @description 超过 3 个工作日仍未审核签字 */
                                    reviewOverdue: boolean;
                                    /**
                                     * @description 待审核 / 已审核 / 已退回
                                     * @enum {unknown}
                                     */
                                    reviewStatus: "provisional" | "approved" | "returned";
                                    salespersonComplaint: boolean;
                                    salespersonId: number | null;
                                    salespersonName: string | null;
                                    salespersonRating: number | null;
                                    serviceSatisfaction: number | null;
                                    signed: boolean;
                                    staffId: number;
                                    staffName: string;
                                    taskId: number | null;
                                    /** Format: date-time */
                                    updatedAt: string;
                                    /** @description 拜访核查：confirmed 属实 / denied 客户否认 */
                                    verificationResult: string | null;
                                };
                                reviewId: number;
                                /** @description 第几次提交审核 */
                                round: number;
                                /** @description pending 待审核 / approved 已签字 / rejected 已退回 */
                                status: string;
                                /** Format: date-time */
                                submittedAt: string;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/key-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 大客户登记名单（近 12 个月销量、金额、退货率）与客户分级目录汇总 */
        get: {
            parameters: {
                query?: {
                    tier?: "A" | "B" | "C" | "D";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: string;
                                code: string;
                                deals: number;
                                id: number;
                                industry: string | null;
                                name: string;
                                ownerName: string | null;
                                province: string | null;
                                quantity: number;
                                /** @description percent */
                                returnRate: number;
                            }[];
                            tiers: {
                                customers: number;
                                tier: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/key-accounts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出大客户登记名单 (.xlsx，记录导出人) */
        get: {
            parameters: {
                query?: {
                    tier?: "A" | "B" | "C" | "D";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description .xlsx file, named in Content-Disposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/role-change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 角色变更：待审批的申请，或最近的变更（直接生效与已处理的） */
        get: {
            parameters: {
                query?: {
                    box?: "pending" | "recent";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedByName: string | null;
                                displayName: string;
                                id: number;
                                requestedByName: string | null;
                                rolesAfter: string[];
                                rolesBefore: string[];
                                /**
                                 * @description direct: took effect without approval; superseded: replaced by a later edit
                                 * @enum {unknown}
                                 */
                                status: "pending" | "approved" | "rejected" | "superseded" | "direct";
                                userId: number;
                                username: string;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/role-change-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准角色变更（总经理；申请人、本人和持有管理员角色者不能审批） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            displayName: string;
                            id: number;
                            requestedByName: string | null;
                            rolesAfter: string[];
                            rolesBefore: string[];
                            /**
                             * @description direct: took effect without approval; superseded: replaced by a later edit
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "superseded" | "direct";
                            userId: number;
                            username: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/role-change-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 驳回角色变更（须填写原因） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByName: string | null;
                            displayName: string;
                            id: number;
                            requestedByName: string | null;
                            rolesAfter: string[];
                            rolesBefore: string[];
                            /**
                             * @description direct: took effect without approval; superseded: replaced by a later edit
                             * @enum {unknown}
                             */
                            status: "pending" | "approved" | "rejected" | "superseded" | "direct";
                            userId: number;
                            username: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 角色与权限 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                builtin: boolean;
                                /** @enum {unknown} */
                                dataScope: "none" | "own" | "department" | "all";
                                key: string;
                                nameEn: string;
                                nameZh: string;
                                permissions: string[];
                            }[];
                            permissions: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改角色权限与数据范围 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        dataScope?: "none" | "own" | "department" | "all";
                        permissions?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            builtin: boolean;
                            /** @enum {unknown} */
                            dataScope: "none" | "own" | "department" | "all";
                            key: string;
                            nameEn: string;
                            nameZh: string;
                            permissions: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/service-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记安装、维修、维保、活动、外勤拜访、成交 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId: number;
                        /**
                         * @description 安装/交付, 维修, 维保, 活动, 外勤拜访, 成交, 来电咨询, 来访, 入伙, 突发事件处理完毕
                         * @enum {unknown}
                         */
                        kind: "installation" | "repair" | "maintenance" | "activity" | "sales_visit" | "deal" | "inquiry_call" | "showroom_visit" | "move_in" | "emergency_handled";
                        /** Format: date-time */
                        occurredAt: string;
                        product?: string | null;
                        staffId?: number | null;
                        summary?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customerId: number;
                            id: number;
                            kind: string;
                            /** Format: date-time */
                            occurredAt: string;
                            product: string | null;
                            staffId: number | null;
                            staffName: string | null;
                            summary: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/approval-chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审批流程：每类申请、每个密级由谁逐级审批 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access: {
                                confidential: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                                secret: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                                top_secret: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            destruction: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            export: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            grade: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            issue_plan: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            record_review: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            role_change: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 修改审批流程（对此后提交的申请生效，审批中的申请按提交时的流程走完） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        access: {
                            confidential: {
                                /** @description 超过天数未审批即过期 */
                                expireAfterDays: number | null;
                                steps: {
                                    departmentId?: number | null;
                                    key: string;
                                    /** @description 审批人（中文），如 部门经理 */
                                    label: string;
                                    labelEn: string;
                                    /**
                                     * @description 审批人须持有的权限
                                     * @enum {unknown}
                                     */
                                    permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                    /**
                                     * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                     * @enum {unknown}
                                     */
                                    reach: "requester" | "customer" | "department" | "company";
                                }[];
                            };
                            secret: {
                                /** @description 超过天数未审批即过期 */
                                expireAfterDays: number | null;
                                steps: {
                                    departmentId?: number | null;
                                    key: string;
                                    /** @description 审批人（中文），如 部门经理 */
                                    label: string;
                                    labelEn: string;
                                    /**
                                     * @description 审批人须持有的权限
                                     * @enum {unknown}
                                     */
                                    permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                    /**
                                     * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                     * @enum {unknown}
                                     */
                                    reach: "requester" | "customer" | "department" | "company";
                                }[];
                            };
                            top_secret: {
                                /** @description 超过天数未审批即过期 */
                                expireAfterDays: number | null;
                                steps: {
                                    departmentId?: number | null;
                                    key: string;
                                    /** @description 审批人（中文），如 部门经理 */
                                    label: string;
                                    labelEn: string;
                                    /**
                                     * @description 审批人须持有的权限
                                     * @enum {unknown}
                                     */
                                    permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                    /**
                                     * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                     * @enum {unknown}
                                     */
                                    reach: "requester" | "customer" | "department" | "company";
                                }[];
                            };
                        };
                        destruction: {
                            default: {
                                /** @description 超过天数未审批即过期 */
                                expireAfterDays: number | null;
                                steps: {
                                    departmentId?: number | null;
                                    key: string;
                                    /** @description 审批人（中文），如 部门经理 */
                                    label: string;
                                    labelEn: string;
                                    /**
                                     * @description 审批人须持有的权限
                                     * @enum {unknown}
                                     */
                                    permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                    /**
                                     * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                     * @enum {unknown}
                                     */
                                    reach: "requester" | "customer" | "department" | "company";
                                }[];
                            };
                        };
                        export: {
                            default: {
                                /** @description 超过天数未审批即过期 */
                                expireAfterDays: number | null;
                                steps: {
                                    departmentId?: number | null;
                                    key: string;
                                    /** @description 审批人（中文），如 部门经理 */
                                    label: string;
                                    labelEn: string;
                                    /**
                                     * @description 审批人须持有的权限
                                     * @enum {unknown}
                                     */
                                    permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                    /**
                                     * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                     * @enum {unknown}
                                     */
                                    reach: "requester" | "customer" | "department" | "company";
                                }[];
                            };
                        };
                        grade: {
                            default: {
                                /** @description 超过天数未审批即过期 */
                                expireAfterDays: number | null;
                                steps: {
                                    departmentId?: number | null;
                                    key: string;
                                    /** @description 审批人（中文），如 部门经理 */
                                    label: string;
                                    labelEn: string;
                                    /**
                                     * @description 审批人须持有的权限
                                     * @enum {unknown}
                                     */
                                    permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                    /**
                                     * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                     * @enum {unknown}
                                     */
                                    reach: "requester" | "customer" | "department" | "company";
                                }[];
                            };
                        };
                        issue_plan: {
                            default: {
                                /** @description 超过天数未审批即过期 */
                                expireAfterDays: number | null;
                                steps: {
                                    departmentId?: number | null;
                                    key: string;
                                    /** @description 审批人（中文），如 部门经理 */
                                    label: string;
                                    labelEn: string;
                                    /**
                                     * @description 审批人须持有的权限
                                     * @enum {unknown}
                                     */
                                    permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                    /**
                                     * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                     * @enum {unknown}
                                     */
                                    reach: "requester" | "customer" | "department" | "company";
                                }[];
                            };
                        };
                        record_review: {
                            default: {
                                /** @description 超过天数未审批即过期 */
                                expireAfterDays: number | null;
                                steps: {
                                    departmentId?: number | null;
                                    key: string;
                                    /** @description 审批人（中文），如 部门经理 */
                                    label: string;
                                    labelEn: string;
                                    /**
                                     * @description 审批人须持有的权限
                                     * @enum {unknown}
                                     */
                                    permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                    /**
                                     * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                     * @enum {unknown}
                                     */
                                    reach: "requester" | "customer" | "department" | "company";
                                }[];
                            };
                        };
                        role_change: {
                            default: {
                                /** @description 超过天数未审批即过期 */
                                expireAfterDays: number | null;
                                steps: {
                                    departmentId?: number | null;
                                    key: string;
                                    /** @description 审批人（中文），如 部门经理 */
                                    label: string;
                                    labelEn: string;
                                    /**
                                     * @description 审批人须持有的权限
                                     * @enum {unknown}
                                     */
                                    permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                    /**
                                     * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                     * @enum {unknown}
                                     */
                                    reach: "requester" | "customer" | "department" | "company";
                                }[];
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access: {
                                confidential: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                                secret: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                                top_secret: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            destruction: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            export: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            grade: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            issue_plan: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            record_review: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                            role_change: {
                                default: {
                                    /** @description 超过天数未审批即过期 */
                                    expireAfterDays: number | null;
                                    steps: {
                                        departmentId?: number | null;
                                        key: string;
                                        /** @description 审批人（中文），如 部门经理 */
                                        label: string;
                                        labelEn: string;
                                        /**
                                         * @description 审批人须持有的权限
                                         * @enum {unknown}
                                         */
                                        permission: "access.approve" | "access.approve_top_secret" | "grades.approve_dept" | "grades.approve_exec" | "users.approve_roles" | "followups.approve_plan" | "records.review" | "issues.escalate";
                                        /**
                                         * @description requester: 申请人在审批人数据范围内; customer: 客户在审批人数据范围内（等级申报）; department: 审批人属于指定部门; company: 全公司
                                         * @enum {unknown}
                                         */
                                        reach: "requester" | "customer" | "department" | "company";
                                    }[];
                                };
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/customer-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 客户分级规则与导出上限 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A 级年合作金额门槛（元） */
                            amountA: string;
                            /** @description B 级年合作金额门槛（元） */
                            amountB: string;
                            /**
                             * @description 按年合作金额或按 100 分评分分级
                             * @enum {unknown}
                             */
                            basis: "amount" | "score";
                            /** @description 超过此行数的客户导出需要审批 */
                            exportRowLimit: number;
                            /** @description 流失客户资料保存年限，期满后可申请销毁 */
                            retentionYears: number;
                            scoreA: number;
                            scoreB: number;
                            /** @description 低于此分为 D 级；空为不设 D 级 */
                            scoreC: number | null;
                            /** @description 100 分评分的各项权重（合计 100） */
                            weights: {
                                /** @description 信用状况 */
                                credit: number;
                                /** @description 客户下单金额 */
                                orderAmount: number;
                                /** @description 对公司利润贡献率 */
                                profit: number;
                                /** @description 发展前景 */
                                prospects: number;
                                /** @description 合作年限 */
                                years: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 修改分级规则与评分权重（立即重新评分、重新分级，手工申报的等级不变） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountA?: unknown;
                        amountB?: unknown;
                        basis?: unknown;
                        exportRowLimit?: unknown;
                        retentionYears?: unknown;
                        scoreA?: unknown;
                        scoreB?: unknown;
                        scoreC?: unknown;
                        weights?: unknown;
                    } & ({
                        /** @description A 级年合作金额门槛（元） */
                        amountA: string;
                        /** @description B 级年合作金额门槛（元） */
                        amountB: string;
                        /**
                         * @description 按年合作金额或按 100 分评分分级
                         * @enum {unknown}
                         */
                        basis: "amount" | "score";
                        /** @description 超过此行数的客户导出需要审批 */
                        exportRowLimit: number;
                        /** @description 流失客户资料保存年限，期满后可申请销毁 */
                        retentionYears: number;
                        scoreA: number;
                        scoreB: number;
                        /** @description 低于此分为 D 级；空为不设 D 级 */
                        scoreC: number | null;
                    } & {
                        /** @description 100 分评分的各项权重（合计 100） */
                        weights?: {
                            /** @description 信用状况 */
                            credit: number;
                            /** @description 客户下单金额 */
                            orderAmount: number;
                            /** @description 对公司利润贡献率 */
                            profit: number;
                            /** @description 发展前景 */
                            prospects: number;
                            /** @description 合作年限 */
                            years: number;
                        };
                    });
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A 级年合作金额门槛（元） */
                            amountA: string;
                            /** @description B 级年合作金额门槛（元） */
                            amountB: string;
                            /**
                             * @description 按年合作金额或按 100 分评分分级
                             * @enum {unknown}
                             */
                            basis: "amount" | "score";
                            /** @description 超过此行数的客户导出需要审批 */
                            exportRowLimit: number;
                            /** @description 流失客户资料保存年限，期满后可申请销毁 */
                            retentionYears: number;
                            scoreA: number;
                            scoreB: number;
                            /** @description 低于此分为 D 级；空为不设 D 级 */
                            scoreC: number | null;
                            /** @description 100 分评分的各项权重（合计 100） */
                            weights: {
                                /** @description 信用状况 */
                                credit: number;
                                /** @description 客户下单金额 */
                                orderAmount: number;
                                /** @description 对公司利润贡献率 */
                                profit: number;
                                /** @description 发展前景 */
                                prospects: number;
                                /** @description 合作年限 */
                                years: number;
                            };
                        } & {
                            retiered: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/followups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访设置 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 联系失败（未接通、忙线、号码错误）达到此次数，任务以“未接通”结束 */
                            maxFailedAttempts: number;
                            /** @description 每位客户每周最多主动联系次数（防止骚扰；服务性回访不计） */
                            weeklyCap: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 修改回访设置（下次生成任务、下次登记联系结果时生效） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 联系失败（未接通、忙线、号码错误）达到此次数，任务以“未接通”结束 */
                        maxFailedAttempts: number;
                        /** @description 每位客户每周最多主动联系次数（防止骚扰；服务性回访不计） */
                        weeklyCap: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 联系失败（未接通、忙线、号码错误）达到此次数，任务以“未接通”结束 */
                            maxFailedAttempts: number;
                            /** @description 每位客户每周最多主动联系次数（防止骚扰；服务性回访不计） */
                            weeklyCap: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 初始设置清单：部门、员工、行业模板、客户导入、节假日安排各自是否已完成（系统管理员） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: {
                                /** @description 今年与明年的节假日安排都已具备 */
                                done: boolean;
                                missingYears: number[];
                            };
                            customers: {
                                /** @description 最多数到 1000 */
                                customers: number;
                                /** @description 客户档案中已有客户 */
                                done: boolean;
                                /** @description 持有这些角色的在职员工数 */
                                importers: number;
                                /** @description 有导入客户权限的角色 */
                                importRoles: {
                                    key: string;
                                    nameEn: string;
                                    nameZh: string;
                                }[];
                                moreThanShown: boolean;
                                /** @description 当前用户有导入客户的权限 */
                                youMayImport: boolean;
                            };
                            departments: {
                                departments: number;
                                /** @description 已调整过默认部门（新建、修改或删除过部门） */
                                done: boolean;
                            };
                            doneCount: number;
                            preset: {
                                activeRules: number;
                                /** @description 已启用回访规则（安装行业模板或自建） */
                                done: boolean;
                                /** @description 已安装的行业模板 */
                                presets: {
                                    key: string;
                                    nameEn: string;
                                    nameZh: string;
                                }[];
                            };
                            total: number;
                            users: {
                                businessUsers: number;
                                /** @description 已有业务角色（系统管理员以外）的在职员工 */
                                done: boolean;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SLA 策略（按紧急程度与分类） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 投诉解决后回访：客户满意度达到此分即关闭问题，低于则重新处理 */
                            closeThreshold: number;
                            items: ({
                                id: number;
                            } & {
                                /** @description 问题分类；null 为该紧急程度的通用策略 */
                                category: string | null;
                                /**
                                 * @description wall 自然时间 / working 工作时间（扣除午休、节假日）
                                 * @enum {unknown}
                                 */
                                clock: "wall" | "working";
                                /** @description 超时后再过多久升级至部门负责人 */
                                departmentHeadAfterHours: number;
                                /** @description 非工作时间也提醒与升级 */
                                escalateOffHours: boolean;
                                firstResponseHours: number;
                                /** @description 登记即通知主管 */
                                notifySupervisorAtCreation: boolean;
                                /** @description 处理方案须经领导审批后方可解决 */
                                planApproval: boolean;
                                /** @description 到期前多少分钟提醒负责人 */
                                remindBeforeMinutes: number;
                                solutionHours: number;
                                /**
                                 * @description normal 一般 / urgent 紧急 / major 重大
                                 * @enum {unknown}
                                 */
                                urgency: "normal" | "urgent" | "major";
                            })[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        /** 保存全部 SLA 策略（新登记的问题按新策略计时，已登记的保持原期限） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 投诉解决后回访：客户满意度达到此分即关闭问题，低于则重新处理 */
                        closeThreshold?: number;
                        items: ({
                            category?: unknown;
                            clock?: unknown;
                            departmentHeadAfterHours?: unknown;
                            escalateOffHours?: unknown;
                            firstResponseHours?: unknown;
                            notifySupervisorAtCreation?: unknown;
                            planApproval?: unknown;
                            remindBeforeMinutes?: unknown;
                            solutionHours?: unknown;
                            urgency?: unknown;
                        } & ({
                            /** @description 问题分类；null 为该紧急程度的通用策略 */
                            category: string | null;
                            /**
                             * @description wall 自然时间 / working 工作时间（扣除午休、节假日）
                             * @enum {unknown}
                             */
                            clock: "wall" | "working";
                            /** @description 超时后再过多久升级至部门负责人 */
                            departmentHeadAfterHours: number;
                            /** @description 非工作时间也提醒与升级 */
                            escalateOffHours: boolean;
                            firstResponseHours: number;
                            /** @description 登记即通知主管 */
                            notifySupervisorAtCreation: boolean;
                            /** @description 到期前多少分钟提醒负责人 */
                            remindBeforeMinutes: number;
                            solutionHours: number;
                            /**
                             * @description normal 一般 / urgent 紧急 / major 重大
                             * @enum {unknown}
                             */
                            urgency: "normal" | "urgent" | "major";
                        } & {
                            /** @description 处理方案须经领导审批后方可解决 */
                            planApproval?: boolean;
                        }))[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 投诉解决后回访：客户满意度达到此分即关闭问题，低于则重新处理 */
                            closeThreshold: number;
                            items: ({
                                id: number;
                            } & {
                                /** @description 问题分类；null 为该紧急程度的通用策略 */
                                category: string | null;
                                /**
                                 * @description wall 自然时间 / working 工作时间（扣除午休、节假日）
                                 * @enum {unknown}
                                 */
                                clock: "wall" | "working";
                                /** @description 超时后再过多久升级至部门负责人 */
                                departmentHeadAfterHours: number;
                                /** @description 非工作时间也提醒与升级 */
                                escalateOffHours: boolean;
                                firstResponseHours: number;
                                /** @description 登记即通知主管 */
                                notifySupervisorAtCreation: boolean;
                                /** @description 处理方案须经领导审批后方可解决 */
                                planApproval: boolean;
                                /** @description 到期前多少分钟提醒负责人 */
                                remindBeforeMinutes: number;
                                solutionHours: number;
                                /**
                                 * @description normal 一般 / urgent 紧急 / major 重大
                                 * @enum {unknown}
                                 */
                                urgency: "normal" | "urgent" | "major";
                            })[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记交易（重新计算评分） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description CNY yuan */
                        amount: string | number;
                        customerId: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        dueOn?: string | null;
                        /** @enum {unknown} */
                        kind?: "sale" | "return";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        occurredOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        paidOn?: string | null;
                        product?: string | null;
                        productClass?: ("A" | "B" | "C" | "past") | (never | null);
                        quantity?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: string;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: number;
                            dueOn: string | null;
                            id: number;
                            kind: string;
                            occurredOn: string;
                            paidOn: string | null;
                            product: string | null;
                            productClass: string | null;
                            quantity: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 员工列表 */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    departmentId?: number;
                    limit?: number;
                    q?: string;
                    role?: string;
                    /** @description username | displayName | createdAt, "-" for descending */
                    sort?: string;
                    status?: "active" | "disabled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                departmentId: number | null;
                                departmentName: string | null;
                                displayName: string;
                                email: string | null;
                                id: number;
                                /** Format: date-time */
                                lastLoginAt: string | null;
                                locked: boolean;
                                /** @description roles asked for that wait for the executive (admin together with customer data) */
                                pendingRoleChange: {
                                    /** Format: date-time */
                                    createdAt: string;
                                    id: number;
                                    roles: string[];
                                } | null;
                                phone: string | null;
                                roles: string[];
                                status: "active" | "disabled";
                                supervisorId: number | null;
                                supervisorName: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                username: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                            total?: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        /** 新建员工 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId: number;
                        displayName: string;
                        /** Format: email */
                        email?: string | null;
                        password: string;
                        phone?: string | null;
                        /** @description role keys: agent, account_manager, supervisor, dept_manager, executive, analyst, marketing, admin */
                        roles: string[];
                        supervisorId?: number | null;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            departmentId: number | null;
                            departmentName: string | null;
                            displayName: string;
                            email: string | null;
                            id: number;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            locked: boolean;
                            /** @description roles asked for that wait for the executive (admin together with customer data) */
                            pendingRoleChange: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                roles: string[];
                            } | null;
                            phone: string | null;
                            roles: string[];
                            status: "active" | "disabled";
                            supervisorId: number | null;
                            supervisorName: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 员工详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            departmentId: number | null;
                            departmentName: string | null;
                            displayName: string;
                            email: string | null;
                            id: number;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            locked: boolean;
                            /** @description roles asked for that wait for the executive (admin together with customer data) */
                            pendingRoleChange: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                roles: string[];
                            } | null;
                            phone: string | null;
                            roles: string[];
                            status: "active" | "disabled";
                            supervisorId: number | null;
                            supervisorName: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改员工（含重置密码、停用、解锁）；不能改自己的角色；管理员与可见客户数据的角色同时持有须总经理批准 */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId?: number;
                        displayName?: string;
                        /** Format: email */
                        email?: string | null;
                        password?: string;
                        phone?: string | null;
                        /** @description role keys: agent, account_manager, supervisor, dept_manager, executive, analyst, marketing, admin */
                        roles?: string[];
                        /** @enum {unknown} */
                        status?: "active" | "disabled";
                        supervisorId?: number | null;
                        /** @description clear a login lockout */
                        unlock?: boolean;
                        /** @description optimistic concurrency: 409 if changed since */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            departmentId: number | null;
                            departmentName: string | null;
                            displayName: string;
                            email: string | null;
                            id: number;
                            /** Format: date-time */
                            lastLoginAt: string | null;
                            locked: boolean;
                            /** @description roles asked for that wait for the executive (admin together with customer data) */
                            pendingRoleChange: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                roles: string[];
                            } | null;
                            phone: string | null;
                            roles: string[];
                            status: "active" | "disabled";
                            supervisorId: number | null;
                            supervisorName: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 离职交接：把该员工负责和服务的客户一次性交给接手人（可同时停用账号） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disableAccount?: boolean;
                        toUserId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountDisabled: boolean;
                            ownedCustomers: number;
                            servedCustomers: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 在职员工名录（供选择负责人、接手人等） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                departmentName: string | null;
                                displayName: string;
                                id: number;
                                roles: string[];
                                username: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出员工 (.xlsx) */
        get: {
            parameters: {
                query?: {
                    departmentId?: number;
                    q?: string;
                    role?: string;
                    /** @description username | displayName | createdAt, "-" for descending */
                    sort?: string;
                    status?: "active" | "disabled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description .xlsx file, named in Content-Disposition */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/handover-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 离职交接可选人员：本人管辖范围内（本部门及下级部门，总经理为全公司）的在职员工 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                departmentName: string | null;
                                displayName: string;
                                id: number;
                                username: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作台：当前待办（紧急优先）、已逾期、即将开始（7 天内）、待回拨；主管可查看团队成员的 */
        get: {
            parameters: {
                query?: {
                    assigneeId?: number;
                    /** @description 每部分条数，默认 20 */
                    limit?: number;
                    /** @description 只取这一部分的任务（加载更多）；计数总是四部分 */
                    section?: "now" | "overdue" | "upcoming" | "callbacks";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: number;
                            callbacks: ({
                                assigneeId: number | null;
                                assigneeName: string | null;
                                attempts: number;
                                /** @description 截止日期用到了无人录入节假日安排的年份（仅按周末计算） */
                                calendarUncovered: boolean;
                                /** @description 客户要求免打扰，但为未结投诉的必要服务回访 */
                                contactDespiteDnc: boolean;
                                customerCode: string;
                                customerId: number;
                                customerName: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @description 任务结束原因：refused（客户拒访）或 failed:<最后一次结果>（failedAttempts 次联系未果，如 failed:no_answer） */
                                endReason: string | null;
                                /** @description 失败的联系次数（未接通、忙线、号码错误） */
                                failedAttempts: number;
                                id: number;
                                /** @description phone 电话 / onsite 上门/面谈 / email 邮件 / sms 短信 / wechat QQ/微信 / letter 信函/公开信 / other 其他 */
                                method: string;
                                /** Format: date-time */
                                nextAttemptAt: string | null;
                                priority: string;
                                signatureRequired: boolean;
                                /** Format: date-time */
                                startAt: string;
                                /** @description pending 待执行 / in_progress 进行中 / done 已完成 / unreachable 未接通 / cancelled 已取消 / overdue 已逾期 */
                                status: string;
                                /** @description first 首次回访 / routine 常规回访 / onsite 现场回访 / complaint 投诉回访 / repair 维修回访 / activity 活动回访 / verification 拜访核查 / contract_expiry 合同到期 / greeting 节日问候 / survey 满意度调查 / deal 成交回访 / inquiry 来电/来访回访 / move_in 入伙回访 / emergency 突发事件回访 / holiday_visit 重点节日探望 / consultation 业主意见征询 / referred_complaint 上级转呈投诉回访 / promised_reply 约定回复 */
                                type: string;
                            } & {
                                /** @description 最佳致电时间 */
                                bestTime: {
                                    /** @description 学习所依据的接听次数 */
                                    answered: number;
                                    /**
                                     * @description learned 按该客户以往接听的时段；preferred 接听记录不足时用公司优先联系时段
                                     * @enum {unknown}
                                     */
                                    basis: "learned" | "preferred";
                                    windows: {
                                        end: string;
                                        start: string;
                                    }[];
                                } | null;
                                customerTier: string | null;
                                doNotContact: boolean;
                                /** @description 此刻正处于该客户的最佳致电时间 */
                                inBestTimeNow: boolean;
                                /** @description 主要联系人手机（脱敏） */
                                primaryContactMobile: string | null;
                                /** @description 主要联系人（脱敏） */
                                primaryContactName: string | null;
                                /** Format: date-time */
                                suggestedAt: string | null;
                            })[];
                            counts: {
                                callbacks: number;
                                now: number;
                                overdue: number;
                                upcoming: number;
                            };
                            now: ({
                                assigneeId: number | null;
                                assigneeName: string | null;
                                attempts: number;
                                /** @description 截止日期用到了无人录入节假日安排的年份（仅按周末计算） */
                                calendarUncovered: boolean;
                                /** @description 客户要求免打扰，但为未结投诉的必要服务回访 */
                                contactDespiteDnc: boolean;
                                customerCode: string;
                                customerId: number;
                                customerName: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @description 任务结束原因：refused（客户拒访）或 failed:<最后一次结果>（failedAttempts 次联系未果，如 failed:no_answer） */
                                endReason: string | null;
                                /** @description 失败的联系次数（未接通、忙线、号码错误） */
                                failedAttempts: number;
                                id: number;
                                /** @description phone 电话 / onsite 上门/面谈 / email 邮件 / sms 短信 / wechat QQ/微信 / letter 信函/公开信 / other 其他 */
                                method: string;
                                /** Format: date-time */
                                nextAttemptAt: string | null;
                                priority: string;
                                signatureRequired: boolean;
                                /** Format: date-time */
                                startAt: string;
                                /** @description pending 待执行 / in_progress 进行中 / done 已完成 / unreachable 未接通 / cancelled 已取消 / overdue 已逾期 */
                                status: string;
                                /** @description first 首次回访 / routine 常规回访 / onsite 现场回访 / complaint 投诉回访 / repair 维修回访 / activity 活动回访 / verification 拜访核查 / contract_expiry 合同到期 / greeting 节日问候 / survey 满意度调查 / deal 成交回访 / inquiry 来电/来访回访 / move_in 入伙回访 / emergency 突发事件回访 / holiday_visit 重点节日探望 / consultation 业主意见征询 / referred_complaint 上级转呈投诉回访 / promised_reply 约定回复 */
                                type: string;
                            } & {
                                /** @description 最佳致电时间 */
                                bestTime: {
                                    /** @description 学习所依据的接听次数 */
                                    answered: number;
                                    /**
                                     * @description learned 按该客户以往接听的时段；preferred 接听记录不足时用公司优先联系时段
                                     * @enum {unknown}
                                     */
                                    basis: "learned" | "preferred";
                                    windows: {
                                        end: string;
                                        start: string;
                                    }[];
                                } | null;
                                customerTier: string | null;
                                doNotContact: boolean;
                                /** @description 此刻正处于该客户的最佳致电时间 */
                                inBestTimeNow: boolean;
                                /** @description 主要联系人手机（脱敏） */
                                primaryContactMobile: string | null;
                                /** @description 主要联系人（脱敏） */
                                primaryContactName: string | null;
                                /** Format: date-time */
                                suggestedAt: string | null;
                            })[];
                            overdue: ({
                                assigneeId: number | null;
                                assigneeName: string | null;
                                attempts: number;
                                /** @description 截止日期用到了无人录入节假日安排的年份（仅按周末计算） */
                                calendarUncovered: boolean;
                                /** @description 客户要求免打扰，但为未结投诉的必要服务回访 */
                                contactDespiteDnc: boolean;
                                customerCode: string;
                                customerId: number;
                                customerName: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @description 任务结束原因：refused（客户拒访）或 failed:<最后一次结果>（failedAttempts 次联系未果，如 failed:no_answer） */
                                endReason: string | null;
                                /** @description 失败的联系次数（未接通、忙线、号码错误） */
                                failedAttempts: number;
                                id: number;
                                /** @description phone 电话 / onsite 上门/面谈 / email 邮件 / sms 短信 / wechat QQ/微信 / letter 信函/公开信 / other 其他 */
                                method: string;
                                /** Format: date-time */
                                nextAttemptAt: string | null;
                                priority: string;
                                signatureRequired: boolean;
                                /** Format: date-time */
                                startAt: string;
                                /** @description pending 待执行 / in_progress 进行中 / done 已完成 / unreachable 未接通 / cancelled 已取消 / overdue 已逾期 */
                                status: string;
                                /** @description first 首次回访 / routine 常规回访 / onsite 现场回访 / complaint 投诉回访 / repair 维修回访 / activity 活动回访 / verification 拜访核查 / contract_expiry 合同到期 / greeting 节日问候 / survey 满意度调查 / deal 成交回访 / inquiry 来电/来访回访 / move_in 入伙回访 / emergency 突发事件回访 / holiday_visit 重点节日探望 / consultation 业主意见征询 / referred_complaint 上级转呈投诉回访 / promised_reply 约定回复 */
                                type: string;
                            } & {
                                /** @description 最佳致电时间 */
                                bestTime: {
                                    /** @description 学习所依据的接听次数 */
                                    answered: number;
                                    /**
                                     * @description learned 按该客户以往接听的时段；preferred 接听记录不足时用公司优先联系时段
                                     * @enum {unknown}
                                     */
                                    basis: "learned" | "preferred";
                                    windows: {
                                        end: string;
                                        start: string;
                                    }[];
                                } | null;
                                customerTier: string | null;
                                doNotContact: boolean;
                                /** @description 此刻正处于该客户的最佳致电时间 */
                                inBestTimeNow: boolean;
                                /** @description 主要联系人手机（脱敏） */
                                primaryContactMobile: string | null;
                                /** @description 主要联系人（脱敏） */
                                primaryContactName: string | null;
                                /** Format: date-time */
                                suggestedAt: string | null;
                            })[];
                            upcoming: ({
                                assigneeId: number | null;
                                assigneeName: string | null;
                                attempts: number;
                                /** @description 截止日期用到了无人录入节假日安排的年份（仅按周末计算） */
                                calendarUncovered: boolean;
                                /** @description 客户要求免打扰，但为未结投诉的必要服务回访 */
                                contactDespiteDnc: boolean;
                                customerCode: string;
                                customerId: number;
                                customerName: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** @description 任务结束原因：refused（客户拒访）或 failed:<最后一次结果>（failedAttempts 次联系未果，如 failed:no_answer） */
                                endReason: string | null;
                                /** @description 失败的联系次数（未接通、忙线、号码错误） */
                                failedAttempts: number;
                                id: number;
                                /** @description phone 电话 / onsite 上门/面谈 / email 邮件 / sms 短信 / wechat QQ/微信 / letter 信函/公开信 / other 其他 */
                                method: string;
                                /** Format: date-time */
                                nextAttemptAt: string | null;
                                priority: string;
                                signatureRequired: boolean;
                                /** Format: date-time */
                                startAt: string;
                                /** @description pending 待执行 / in_progress 进行中 / done 已完成 / unreachable 未接通 / cancelled 已取消 / overdue 已逾期 */
                                status: string;
                                /** @description first 首次回访 / routine 常规回访 / onsite 现场回访 / complaint 投诉回访 / repair 维修回访 / activity 活动回访 / verification 拜访核查 / contract_expiry 合同到期 / greeting 节日问候 / survey 满意度调查 / deal 成交回访 / inquiry 来电/来访回访 / move_in 入伙回访 / emergency 突发事件回访 / holiday_visit 重点节日探望 / consultation 业主意见征询 / referred_complaint 上级转呈投诉回访 / promised_reply 约定回复 */
                                type: string;
                            } & {
                                /** @description 最佳致电时间 */
                                bestTime: {
                                    /** @description 学习所依据的接听次数 */
                                    answered: number;
                                    /**
                                     * @description learned 按该客户以往接听的时段；preferred 接听记录不足时用公司优先联系时段
                                     * @enum {unknown}
                                     */
                                    basis: "learned" | "preferred";
                                    windows: {
                                        end: string;
                                        start: string;
                                    }[];
                                } | null;
                                customerTier: string | null;
                                doNotContact: boolean;
                                /** @description 此刻正处于该客户的最佳致电时间 */
                                inBestTimeNow: boolean;
                                /** @description 主要联系人手机（脱敏） */
                                primaryContactMobile: string | null;
                                /** @description 主要联系人（脱敏） */
                                primaryContactName: string | null;
                                /** Format: date-time */
                                suggestedAt: string | null;
                            })[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 回访日历：某月每天开始的任务数（按公司时区的开始日期；待执行、逾期、完成、未接通，不含已取消）——本人的；主管可看团队成员的或全组的 */
        get: {
            parameters: {
                query?: {
                    assigneeId?: number;
                    /** @description 月份 YYYY-MM，默认本月（公司时区） */
                    month?: string;
                    /** @description 全组：数据范围内在职的回访人员；需派工权限，不能与 assigneeId 同用 */
                    team?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 所看的回访人员；全组时为空 */
                            assigneeId: number | null;
                            /** @description 只列有任务的日子 */
                            days: {
                                /** Format: date */
                                date: string;
                                done: number;
                                /** @description 待执行、进行中 */
                                open: number;
                                overdue: number;
                                unreachable: number;
                            }[];
                            /** Format: date */
                            from: string;
                            month: string;
                            team: boolean;
                            /** Format: date */
                            to: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 团队视图：团队成员每人每天的任务（待执行、逾期、完成、未接通） */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: {
                                assigneeId: number;
                                /** Format: date */
                                date: string;
                                done: number;
                                name: string;
                                open: number;
                                overdue: number;
                                unreachable: number;
                            }[];
                            /** Format: date */
                            from: string;
                            people: {
                                id: number;
                                name: string;
                                /** @description 开始于所选日期之前、至今仍逾期的任务数 */
                                overdueBefore: number;
                            }[];
                            /** Format: date */
                            to: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["def-0"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Problem
         * @description RFC 9457 problem details
         */
        "def-0": {
            code: string;
            detail: string;
            errors?: {
                field: string;
                message: string;
            }[];
            instance: string;
            requestId: string;
            status: number;
            title: string;
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
