import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../config.js";

describe("the SMTP receiver's configuration", () => {
  it("is off unless SMTP_INBOUND_PORT is set, with limits by default", () => {
    expect(loadConfig({}).smtpInbound).toBeNull();
    expect(loadConfig({ SMTP_INBOUND_PORT: "2525" }).smtpInbound).toEqual({
      port: 2525,
      host: "localhost",
      tlsKeyFile: null,
      tlsCertFile: null,
      maxBytes: 25 * 1024 * 1024,
      perSenderPerMinute: 120,
    });
  });

  it("wants both TLS files or neither, and a sane size", () => {
    expect(() =>
      loadConfig({ SMTP_INBOUND_PORT: "25", SMTP_INBOUND_TLS_KEY_FILE: "k.pem" }),
    ).toThrow(/SMTP_INBOUND_TLS_KEY_FILE, SMTP_INBOUND_TLS_CERT_FILE/);
    expect(() => loadConfig({ SMTP_INBOUND_MAX_MB: "0" })).toThrow(ConfigError);
    expect(() => loadConfig({ SMTP_INBOUND_PORT: "port" })).toThrow(/SMTP_INBOUND_PORT:/);
  });
});
