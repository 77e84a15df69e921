// The raw MQTT test client is shared with other packages' real-broker tests.
export * from '../../../../tools/test-support/raw-client.mjs';
