import { type Kysely, sql } from 'kysely';

/**
 * Notifications (消息, SPEC §7): one row per person and event, read in the app (the bell) and, where the person
 * wants it and has an address, mailed through an outbox: a mail waits there until the SMTP server takes it, so
 * nothing is lost while the server is down (retried with growing delays, visible to the administrator).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notifications (
      id bigint generated always as identity primary key,
      user_id bigint not null references users (id),
      kind text not null,
      title text not null,
      body text,
      link text,
      created_at timestamptz not null default now(),
      read_at timestamptz
    );
    create index notifications_user_idx on notifications (user_id, id desc);
    create index notifications_unread_idx on notifications (user_id) where read_at is null;

    create table notification_preferences (
      user_id bigint not null references users (id),
      kind text not null,
      in_app boolean not null,
      email boolean not null,
      primary key (user_id, kind)
    );

    create table email_outbox (
      id bigint generated always as identity primary key,
      notification_id bigint references notifications (id) on delete set null,
      to_address text not null,
      subject text not null,
      body text not null,
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    );
    create index email_outbox_due_idx on email_outbox (next_attempt_at) where status = 'pending';
    create index email_outbox_created_idx on email_outbox (created_at desc, id desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table email_outbox; drop table notification_preferences; drop table notifications;`.execute(
    db,
  );
}
