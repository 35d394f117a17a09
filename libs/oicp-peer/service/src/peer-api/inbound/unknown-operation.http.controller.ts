import { All, Controller, Res } from '@nestjs/common';
import type { Response } from 'express';
import { statusCodeBody } from '@chargemesh/protocol-oicp';

/**
 * Anything under /api/oicp that is no OICP 2.3 operation: Hubject answers an unknown service path with a
 * StatusCode rather than a framework page. Registered after every operation's controller.
 */
@Controller()
export class UnknownOperationHttpController {
  @All('api/oicp/*path')
  unknown(@Res() response: Response): void {
    response.status(404).json(statusCodeBody('300', 'no OICP operation is served at this path'));
  }
}
