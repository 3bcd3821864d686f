/** A delivery job: one bulletin edition set for a batch of subscribers. */
export interface DeliveryJob {
  week: string;
  subscriberIds: string[];
}

export interface DeliveryQueue {
  enqueue(jobs: DeliveryJob[]): Promise<void>;
}
