// The database messages (main/node/db, main/node/postgis): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const dbMessages = {
  'db.resolvePgConnection.tlsOptions': {
    zh: '客户端证书',
    en: 'client certificate',
  },
  'db.resolvePgConnection.tlsOptions-2': {
    zh: '客户端私钥',
    en: 'client key',
  },
  'db.resolvePgConnection.tlsOptions-3': {
    zh: 'CA 根证书',
    en: 'CA root certificate',
  },
  'db.resolvePgConnection.passwordPrompt': {
    zh: '{label} 的口令：',
    en: 'password for {label}: ',
  },
  'db.readPgPass.readPgPass_warning': {
    zh: '口令文件 {path} 的权限为 {value}，组或其他用户可读，已忽略（应为 0600：chmod 600 {path}）',
    en: 'password file {path} has mode {value}, readable by group or others: ignored (it must be 0600: chmod 600 {path})',
  },
  'db.createDataSourceHandlers.field': {
    zh: '请求缺少或含有无效的字段 {name}',
    en: 'the request has a missing or invalid field {name}',
  },
  'db.createDataSourceHandlers.onlyFields': {
    zh: '请求应为对象',
    en: 'the request must be an object',
  },
  'db.createDataSourceHandlers.onlyFields-2': {
    zh: '请求含有未知字段 {key}',
    en: 'the request has an unknown field {key}',
  },
  'db.createDataSourceHandlers.sourceOf': {
    zh: '没有编号为 {id} 的数据源',
    en: 'no data source with id {id}',
  },
  'db.createDataSourceHandlers.createDataSourceHandlers_add': {
    zh: '请求含有无效的字段 clearPassword',
    en: 'the request has an invalid field clearPassword',
  },
  'db.createDataSourceHandlers.createDataSourceHandlers_add-2': {
    zh: '不能同时设置并清除口令',
    en: 'the request both sets and clears the password',
  },
  'db.createDataSourceHandlers.createDataSourceHandlers_add-3': {
    zh: '此系统无法加密保存口令（safeStorage 不可用），口令未保存：请改用 .pgpass（权限 0600）或 PGPASSWORD',
    en: 'this system cannot store the password encrypted (safeStorage unavailable); it was not saved: use a .pgpass (mode 0600) or PGPASSWORD',
  },
  'db.describePgError.describePgError': {
    zh: '无法连接数据库服务器 {label}（{value}）：请确认服务器正在运行、主机和端口正确、防火墙放行',
    en: 'cannot reach the database server {label} ({value}): check that it runs, the host and port, and the firewall',
  },
  'db.describePgError.describePgError-2': {
    zh: '用户名或口令不正确：用户 {user}（{label}）',
    en: 'wrong user name or password: user {user} ({label})',
  },
  'db.describePgError.notPostgres': {
    zh: '{label} 上的服务器没有按 PostgreSQL 协议应答（或无法建立 TLS 连接）：请确认主机和端口是 PostgreSQL 服务器的',
    en: 'the server at {label} did not answer as PostgreSQL (or TLS could not be set up): check that the host and port are a PostgreSQL server',
  },
  'db.describePgError.tooManyConnections': {
    zh: '服务器 {label} 的连接数已满（SQLSTATE 53300）：请减小 --connections，或请数据库管理员提高 max_connections 或该用户的连接上限',
    en: "the server {label} has no connection left (SQLSTATE 53300, too many connections): lower --connections, or ask the database administrator to raise max_connections or the user's connection limit",
  },
  'db.describePgError.describePgError-3': {
    zh: '服务器 {label} 拒绝了用户 {user}：pg_hba.conf 中没有允许此连接的条目，或不接受此认证方式',
    en: 'the server {label} refused user {user}: no pg_hba.conf entry allows this connection or authentication method',
  },
  'db.describePgError.describePgError-4': {
    zh: '数据库不存在（{label}）',
    en: 'the database does not exist ({label})',
  },
  'db.describePgError.describePgError-5': {
    zh: '用户 {user} 权限不足（{label}）：{message}；请数据库管理员授予所需权限',
    en: 'user {user} lacks a permission ({label}): {message}; ask the database administrator to grant it',
  },
  'db.describePgError.describePgError-6': {
    zh: '其他连接一直在读取要替换的表，等待超时，未发布（{label}）；旧版本保持不变，请稍后重试',
    en: 'other connections kept reading the tables to replace; gave up waiting, nothing published ({label}); the old version stays, try again later',
  },
  'db.describePgError.describePgError-7': {
    zh: '表不存在（{label}）：{message}',
    en: 'no such table ({label}): {message}',
  },
  'db.describePgError.describePgError-8': {
    zh: '服务器 {label} 未开启 TLS（ssl=off），而 sslmode 要求加密连接',
    en: 'the server {label} has TLS off, and the sslmode requires an encrypted connection',
  },
  'db.describePgError.describePgError-9': {
    zh: '服务器 {label} 的证书不受信任（{code}）：它不是由 sslrootcert 给出的根证书签发的',
    en: 'the certificate of {label} is not trusted ({code}): it is not signed by the root certificate given in sslrootcert',
  },
  'db.describePgError.describePgError-10': {
    zh: '服务器 {label} 的证书不是签发给这个主机名的（sslmode=verify-full）',
    en: 'the certificate of {label} was not issued for this host name (sslmode=verify-full)',
  },
  'db.describePgError.describePgError-11': {
    zh: '服务器 {label} 的证书已过期',
    en: 'the certificate of {label} has expired',
  },
  'db.describePgError.describePgError-12': {
    zh: '数据库操作失败（{label}）：{message}',
    en: 'database operation failed ({label}): {message}',
  },
  'db.openPgClient.openPgClient': {
    zh: '数据库 {label} 没有安装 PostGIS 扩展：请数据库管理员执行 CREATE EXTENSION postgis',
    en: 'the database {label} has no PostGIS extension: ask the administrator to run CREATE EXTENSION postgis',
  },
  'db.parsePgConnectionString.bad': {
    zh: '连接字符串无效：{reason}',
    en: 'invalid connection string: {reason}',
  },
  'db.parsePgConnectionString.keyword': {
    zh: '不认识的参数“{name}”',
    en: 'unknown parameter “{name}”',
  },
  'db.parsePgConnectionString.decode': {
    zh: '“{text}”中的百分号编码无效',
    en: 'bad percent-encoding in “{text}”',
  },
  'db.parsePgConnectionString.parseUri': {
    zh: '不支持多个主机',
    en: 'several hosts are not supported',
  },
  'db.parsePgConnectionString.parseUri-2': {
    zh: '主机“{hostPort}”无效',
    en: 'bad host “{hostPort}”',
  },
  'db.parsePgConnectionString.parseUri-3': {
    zh: '参数“{pair}”缺少“=”',
    en: 'parameter “{pair}” has no “=”',
  },
  'db.parsePgConnectionString.parseKeyValue': {
    zh: '“{name}”后缺少“=”',
    en: 'missing “=” after “{name}”',
  },
  'db.parsePgConnectionString.parseKeyValue-2': {
    zh: '“{name}”的引号没有闭合',
    en: 'unterminated quote in “{name}”',
  },
  'db.parsePgConnectionString.parsePgConnectionString': {
    zh: 'URI 应以 postgresql:// 开头',
    en: 'a URI must start with postgresql://',
  },
  'db.readPgServiceFile.parsePgServiceFile': {
    zh: '服务文件 {file} 第 {value} 行无效：“{line}”',
    en: 'service file {file} line {value} is invalid: “{line}”',
  },
  'db.readPgServiceFile.readPgService': {
    zh: '找不到连接服务“{service}”（查找了 {files}）',
    en: 'connection service “{service}” not found (searched {files})',
  },
  'db.readPostgisLayer.readPostgisLayer': {
    zh: '数据库中没有表 {schema}.{table}',
    en: 'the database has no table {schema}.{table}',
  },
  'db.readPostgisLayer.readPostgisLayer-2': {
    zh: '表 {schema}.{table} 没有几何列，不是空间图层',
    en: 'table {schema}.{table} has no geometry column: not a spatial layer',
  },
  'db.readPostgisLayer.noSelect': {
    zh: '用户 {user} 没有读取表 {schema}.{table} 的权限（SELECT）：请数据库管理员执行 GRANT SELECT ON {schema}.{table} TO {user}',
    en: 'user {user} may not read table {schema}.{table} (no SELECT privilege): ask the database administrator to run GRANT SELECT ON {schema}.{table} TO {user}',
  },
  'db.readPostgisLayer.readPostgisLayer-3': {
    zh: '表 {schema}.{table} 超过 {maxRows} 行（--max-rows），未导入',
    en: 'table {schema}.{table} has more than {maxRows} rows (--max-rows): nothing imported',
  },
  'db.publishBlueprint.noSchema': {
    zh: '模式 {schema} 不存在，用户 {user} 也无权在数据库 {database} 中创建模式：请数据库管理员先创建它（CREATE SCHEMA {schema} AUTHORIZATION {user}），或授予 CREATE 权限',
    en: 'the schema {schema} does not exist and user {user} may not create schemas in the database {database}: ask the database administrator to create it (CREATE SCHEMA {schema} AUTHORIZATION {user}) or to grant CREATE',
  },
  'db.tableGrants.privilege': {
    zh: '表 {table} 的权限列表中有无法识别的权限“{privilege}”，未发布',
    en: 'the privileges of table {table} hold an unrecognised privilege “{privilege}”: nothing published',
  },
  'db.resolvePgConnection.readPem': {
    zh: '无法读取 {keyword} 指定的文件（{what}）：{reason}',
    en: 'cannot read the file named by {keyword} ({what}): {reason}',
  },
  'db.resolvePgConnection.tlsOptions-4': {
    zh: 'sslmode={mode} 需要根证书：用 sslrootcert=<ca.crt> 或 PGSSLROOTCERT 指定',
    en: 'sslmode={mode} needs a root certificate: give sslrootcert=<ca.crt> or PGSSLROOTCERT',
  },
  'db.resolvePgConnection.resolvePgConnection': {
    zh: '连接字符串中不能包含口令（会出现在进程列表和命令历史中）：请用 PGPASSWORD 环境变量、权限为 0600 的 .pgpass 文件，或在终端提示时输入',
    en: 'the connection string must not contain a password (it shows in process lists and shell history): use PGPASSWORD, a .pgpass file of mode 0600, or type it at the prompt',
  },
  'db.resolvePgConnection.resolvePgConnection-2': {
    zh: 'sslmode“{mode}”无效，应为 {sslModes}',
    en: 'sslmode “{mode}” is invalid: use {sslModes}',
  },
  'db.resolvePgConnection.resolvePgConnection-3': {
    zh: '端口“{port}”无效',
    en: 'port “{port}” is invalid',
  },
  'db.resolvePgConnection.password': {
    zh: '服务器 {label} 要求口令，但没有找到：请设置 PGPASSWORD、在 {passFile}（权限 0600）中写入，或在终端中运行以便输入',
    en: 'the server {label} asks for a password and none was found: set PGPASSWORD, add it to {passFile} (mode 0600), or run in a terminal to type it',
  },
} as const satisfies Section;
