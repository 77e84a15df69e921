// The MQTT.js test helpers are shared with other packages' real-broker tests.
export * from '../../../../tools/test-support/mqtt-client.mjs';
