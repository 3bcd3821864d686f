import type { DeliveryJob } from '../domain/bulletin/delivery-job.js';

export type { DeliveryJob } from '../domain/bulletin/delivery-job.js';

export interface DeliveryQueue {
  enqueue(jobs: DeliveryJob[]): Promise<void>;
}
