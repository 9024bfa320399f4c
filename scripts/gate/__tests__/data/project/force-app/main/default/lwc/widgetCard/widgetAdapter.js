                                                         

                               
                    
                     
 

/** A wire adapter that hands back the record id it is given (a stand-in for a record adapter). */
export class WidgetAdapter                                      {
                   emit                  ;

  constructor(emit                  ) {
    this.emit = emit;
  }

  update(config              )       {
    this.emit({ data: config.recordId ?? null, error: undefined });
  }

  connect()       {}

  disconnect()       {}
}
