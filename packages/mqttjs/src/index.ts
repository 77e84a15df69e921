export { errorsFromMqttError, fromMqttError, watchMqttErrors, type FromMqttErrorOptions, type MqttClientLike, type WatchOptions } from './adapter.js';
